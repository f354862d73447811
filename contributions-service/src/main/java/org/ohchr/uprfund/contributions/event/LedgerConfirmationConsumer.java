package org.ohchr.uprfund.contributions.event;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.contributions.domain.YearClosingConfirmed;
import org.ohchr.uprfund.contributions.service.AccountingPeriodService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Records the other ledgers' confirmations of closings: reads {@code fund.projects.v1} (channel
 * {@code ledger-confirmations}, consumer group of its own, from the earliest offset) and records every
 * AccountingYearClosingConfirmed once ({@link AccountingPeriodService#confirm}, by year and ledger), closing the years
 * every ledger has confirmed. Every other type is passed over. A record that cannot be read is logged and skipped: the
 * year it would have confirmed stays closing, which is visible and safe, and asking for the closing again has the ledger
 * confirm again. When the database does not answer, the confirmation is tried again, with a growing pause, until it is
 * recorded.
 * <p>
 * A record is acknowledged, and its offset committed, only once its transaction has committed; a crash between the two
 * redelivers it, and the year and ledger make that harmless.
 */
@ApplicationScoped
public class LedgerConfirmationConsumer {

    private static final Logger LOG = Logger.getLogger(LedgerConfirmationConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final AccountingPeriodService periods;
    private final ObjectMapper json;

    LedgerConfirmationConsumer(AccountingPeriodService periods, ObjectMapper json) {
        this.periods = periods;
        this.json = json;
    }

    @Incoming("ledger-confirmations")
    @Blocking
    public void onProjectsEvent(ConsumerRecord<String, String> record) {
        Optional<YearClosingConfirmed> confirmation;
        try {
            confirmation = LedgerConfirmations.read(record.value(), json);
        } catch (LedgerConfirmations.UnreadableEventException e) {
            LOG.warnf("Skipped record %d of %s partition %d: %s", record.offset(), record.topic(), record.partition(), e.getMessage());
            return;
        }
        confirmation.ifPresent(this::recordUntilDone);
    }

    private void recordUntilDone(YearClosingConfirmed confirmation) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                periods.confirm(confirmation);
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Confirmation %s of %d not recorded yet; trying again in %s", confirmation.eventId(), confirmation.year(), pause);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Stopped before confirmation " + confirmation.eventId()
                            + " was recorded; it is read again at the next start", interrupted);
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}

package org.ohchr.uprfund.projects.event;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.projects.domain.BookClosing;
import org.ohchr.uprfund.projects.service.ClosedPeriodService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps this service's closed periods in step with the fund's books: reads {@code fund.contributions.v1} (channel
 * {@code book-closings}, consumer group of its own, from the earliest offset) and applies every AccountingYearClosed and
 * BalanceCarriedForward, each once ({@link ClosedPeriodService#apply}, by event id). Every other type is passed over. A
 * record that cannot be read is logged and skipped: it never stops the channel. When the database does not answer, the
 * closing is tried again, with a growing pause, until it is applied: a closing is never lost, and nothing else waits for
 * this channel (expenditure is recorded meanwhile against the periods already closed).
 * <p>
 * A record is acknowledged, and its offset committed, only once its transaction has committed; a crash between the two
 * redelivers it, and the event id makes that harmless.
 */
@ApplicationScoped
public class BookClosingConsumer {

    private static final Logger LOG = Logger.getLogger(BookClosingConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final ClosedPeriodService periods;
    private final ObjectMapper json;

    BookClosingConsumer(ClosedPeriodService periods, ObjectMapper json) {
        this.periods = periods;
        this.json = json;
    }

    @Incoming("book-closings")
    @Blocking
    public void onContributionsEvent(ConsumerRecord<String, String> record) {
        Optional<BookClosing> closing;
        try {
            closing = BookClosings.read(record.value(), json);
        } catch (BookClosings.UnreadableEventException e) {
            LOG.warnf("Skipped record %d of %s partition %d: %s", record.offset(), record.topic(), record.partition(), e.getMessage());
            return;
        }
        closing.ifPresent(this::applyUntilDone);
    }

    private void applyUntilDone(BookClosing closing) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                periods.apply(closing);
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Closing %s (through %s) not applied yet; trying again in %s", closing.eventId(), closing.closedThrough(), pause);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Stopped before closing " + closing.eventId() + " was applied; it is read again at the next start",
                            interrupted);
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}

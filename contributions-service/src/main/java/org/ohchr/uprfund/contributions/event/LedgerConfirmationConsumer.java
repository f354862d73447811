package org.ohchr.uprfund.contributions.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.contributions.domain.YearClosingConfirmed;
import org.ohchr.uprfund.contributions.service.AccountingPeriodService;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.InboxOutcome;
import org.ohchr.uprfund.platform.inbox.Subscriptions;
import org.ohchr.uprfund.platform.inbox.Subscriptions.Subscription;
import org.ohchr.uprfund.platform.inbox.TopicConsumer;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Records the other ledgers' confirmations of closings: reads {@code fund.confirmations.topic} ({@code
 * fund.projects.v1}, consumer group {@code fund.confirmations.group-id}, from the earliest offset) with the platform's
 * inbox, the consumer stack of the whole suite ({@link Subscriptions}: a {@link TopicConsumer} on the inbox), and
 * records every AccountingYearClosingConfirmed once ({@link AccountingPeriodService#confirm}, by year and ledger),
 * closing the years every ledger has confirmed. Every other type is passed over.
 * <p>
 * The platform's retry policy holds ({@code InboxPolicy}): when the database does not answer, the confirmation waits,
 * holding its partition, and is tried again with a growing pause until it is recorded. A record that cannot be read as
 * a confirmation is logged and passed over: the year it would have confirmed stays closing, which is visible and safe,
 * and asking for the closing again has the ledger confirm again. Offsets are committed only once the records'
 * transactions have; a crash between the two redelivers them, and the year and ledger make that harmless.
 */
@ApplicationScoped
public class LedgerConfirmationConsumer {

    private static final Logger LOG = Logger.getLogger(LedgerConfirmationConsumer.class);

    private final AccountingPeriodService periods;
    private final Subscriptions subscriptions;
    private final Subscription subscription;
    private final boolean consume;
    private TopicConsumer consumer;

    LedgerConfirmationConsumer(AccountingPeriodService periods, Subscriptions subscriptions,
            @ConfigProperty(name = "fund.confirmations.topic", defaultValue = "fund.projects.v1") String topic,
            @ConfigProperty(name = "fund.confirmations.group-id", defaultValue = "contributions-service") String groupId,
            @ConfigProperty(name = "fund.confirmations.consume", defaultValue = "true") boolean consume) {
        this.periods = periods;
        this.subscriptions = subscriptions;
        this.subscription = new Subscription("contributions-service", "ledger-confirmations", topic, groupId);
        this.consume = consume;
    }

    void start(@Observes StartupEvent started) {
        if (consume) {
            consumer = subscriptions.start(subscription, this::recordAll);
        } else {
            LOG.info("The ledgers' confirmations are not read (fund.confirmations.consume=false)");
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (consumer != null) {
            consumer.stopAndWait();
        }
    }

    /** Each confirmation recorded in a transaction of its own (one recorded before changes nothing); others passed over. */
    private List<InboxOutcome> recordAll(List<CloudEventEnvelope> events) {
        List<InboxOutcome> outcomes = new ArrayList<>(events.size());
        for (CloudEventEnvelope event : events) {
            Optional<YearClosingConfirmed> confirmation = LedgerConfirmations.read(event);
            boolean recorded = confirmation.isPresent() && periods.confirm(confirmation.get());
            outcomes.add(recorded ? InboxOutcome.APPLIED : InboxOutcome.DUPLICATE);
        }
        return outcomes;
    }
}

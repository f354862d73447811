package org.ohchr.uprfund.projects.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.ConsumerState;
import org.ohchr.uprfund.platform.inbox.InboxOutcome;
import org.ohchr.uprfund.platform.inbox.Subscriptions;
import org.ohchr.uprfund.platform.inbox.Subscriptions.Subscription;
import org.ohchr.uprfund.platform.inbox.TopicConsumer;
import org.ohchr.uprfund.projects.domain.BookClosing;
import org.ohchr.uprfund.projects.service.ClosedPeriodService;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps this service's closed periods in step with the fund's books: reads {@code fund.closings.topic} ({@code
 * fund.contributions.v1}, consumer group {@code fund.closings.group-id}, from the earliest offset) with the platform's
 * inbox ({@link Subscriptions}: a {@link TopicConsumer} on the inbox), and applies every AccountingYearClosingRequested
 * (which this ledger confirms), AccountingYearClosed and BalanceCarriedForward, each once ({@link
 * ClosedPeriodService#apply}, by event id). Every other type is passed over.
 * <p>
 * The platform's retry policy holds ({@code InboxPolicy}): when the database does not answer, the closing waits and is
 * tried again, with a growing pause, until it is applied, holding its partition (a closing is never lost, and never
 * overtaken by a later record of its partition). A record that cannot be read as a closing is at fault: it is logged
 * and passed over, as this service keeps no dead-letter table. Offsets are committed only once the records'
 * transactions have; a crash between the two redelivers them, and the event id makes that harmless.
 */
@ApplicationScoped
public class BookClosingConsumer {

    private static final Logger LOG = Logger.getLogger(BookClosingConsumer.class);

    private final ClosedPeriodService periods;
    private final Subscriptions subscriptions;
    private final Subscription subscription;
    private final boolean consume;
    private TopicConsumer consumer;

    BookClosingConsumer(ClosedPeriodService periods, Subscriptions subscriptions,
            @ConfigProperty(name = "fund.closings.topic", defaultValue = "fund.contributions.v1") String topic,
            @ConfigProperty(name = "fund.closings.group-id", defaultValue = "projects-service") String groupId,
            @ConfigProperty(name = "fund.closings.consume", defaultValue = "true") boolean consume) {
        this.periods = periods;
        this.subscriptions = subscriptions;
        this.subscription = new Subscription("projects-service", "book-closings", topic, groupId);
        this.consume = consume;
    }

    void start(@Observes StartupEvent started) {
        if (consume) {
            consumer = subscriptions.start(subscription, this::applyAll);
        } else {
            LOG.info("The closings' consumer is off (fund.closings.consume=false)");
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (consumer != null) {
            consumer.stopAndWait();
        }
    }

    /** What the consumer last did, for readiness; null when it is off. */
    public ConsumerState state() {
        return consumer == null ? null : consumer.state();
    }

    /** Each closing applied in a transaction of its own (an event applied before changes nothing); others passed over. */
    private List<InboxOutcome> applyAll(List<CloudEventEnvelope> events) {
        List<InboxOutcome> outcomes = new ArrayList<>(events.size());
        for (CloudEventEnvelope event : events) {
            Optional<BookClosing> closing = BookClosings.read(event);
            outcomes.add(closing.isPresent() && periods.apply(closing.get()) ? InboxOutcome.APPLIED : InboxOutcome.DUPLICATE);
        }
        return outcomes;
    }
}

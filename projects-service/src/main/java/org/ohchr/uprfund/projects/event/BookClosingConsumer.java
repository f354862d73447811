package org.ohchr.uprfund.projects.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.ConsumerSpans;
import org.ohchr.uprfund.platform.inbox.ConsumerState;
import org.ohchr.uprfund.platform.inbox.EventInbox;
import org.ohchr.uprfund.platform.inbox.InboxOutcome;
import org.ohchr.uprfund.platform.inbox.InboxPolicy;
import org.ohchr.uprfund.platform.inbox.RejectedEventException;
import org.ohchr.uprfund.platform.inbox.TopicConsumer;
import org.ohchr.uprfund.platform.kafka.KafkaClientSettings;
import org.ohchr.uprfund.projects.domain.BookClosing;
import org.ohchr.uprfund.projects.service.ClosedPeriodService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps this service's closed periods in step with the fund's books: reads {@code fund.closings.topic}
 * ({@code fund.contributions.v1}, consumer group {@code fund.closings.group-id}, from the earliest offset) with the
 * platform's inbox ({@link TopicConsumer}, {@link EventInbox}), and applies every AccountingYearClosingRequested (which
 * this ledger confirms), AccountingYearClosed and BalanceCarriedForward, each once ({@link ClosedPeriodService#apply}, by
 * event id). Every other type is passed over.
 * <p>
 * The platform's retry policy holds ({@link InboxPolicy}): when the database does not answer, the closing waits and is
 * tried again, with a growing pause, until it is applied, holding its partition (a closing is never lost, and never
 * overtaken by a later record of its partition). A record that cannot be read as a closing is at fault: it is logged and
 * passed over, as this service keeps no dead-letter table. Offsets are committed only once the records' transactions
 * have; a crash between the two redelivers them, and the event id makes that harmless.
 */
@ApplicationScoped
public class BookClosingConsumer {

    private static final Logger LOG = Logger.getLogger(BookClosingConsumer.class);

    private final ClosedPeriodService periods;
    private final ObjectMapper json;
    private final ConsumerSpans spans;
    private final KafkaClientSettings kafka;
    private final String topic;
    private final String groupId;
    private final boolean consume;
    private TopicConsumer consumer;

    BookClosingConsumer(ClosedPeriodService periods, ObjectMapper json, ConsumerSpans spans, KafkaClientSettings kafka,
            @ConfigProperty(name = "fund.closings.topic", defaultValue = "fund.contributions.v1") String topic,
            @ConfigProperty(name = "fund.closings.group-id", defaultValue = "projects-service") String groupId,
            @ConfigProperty(name = "fund.closings.consume", defaultValue = "true") boolean consume) {
        this.periods = periods;
        this.json = json;
        this.spans = spans;
        this.kafka = kafka;
        this.topic = topic;
        this.groupId = groupId;
        this.consume = consume;
    }

    void start(@Observes StartupEvent started) {
        if (!consume) {
            LOG.info("The closings' consumer is off (fund.closings.consume=false)");
            return;
        }
        EventInbox inbox = new EventInbox(json, spans, this::applyAll, (record, identity, event, rejection, reason) -> LOG.warnf(
                "Passed over record %s, not a readable event (%s): %s", record.where(), rejection, reason));
        consumer = new TopicConsumer(topic, new KafkaConsumer<>(kafka.forInbox(groupId, "projects-service-book-closings"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer()), inbox, results -> { }, Duration.ofSeconds(1),
                new InboxPolicy(Duration.ofMillis(500), Duration.ofSeconds(30)), Duration.ofSeconds(30));
        consumer.start("book-closings");
        LOG.infof("Reading the fund's closings from %s (group %s)", topic, groupId);
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
            Optional<BookClosing> closing;
            try {
                closing = BookClosings.read(event.asJson(json), json);
            } catch (BookClosings.UnreadableEventException e) {
                throw new RejectedEventException(RejectedEventException.Rejection.SCHEMA, e.getMessage());
            }
            outcomes.add(closing.isPresent() && periods.apply(closing.get()) ? InboxOutcome.APPLIED : InboxOutcome.DUPLICATE);
        }
        return outcomes;
    }
}

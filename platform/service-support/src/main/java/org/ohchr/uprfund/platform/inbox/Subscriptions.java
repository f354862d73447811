package org.ohchr.uprfund.platform.inbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.kafka.KafkaClientSettings;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's subscriptions to another service's topic, such as projects-service following contributions-service's
 * closings: each a {@link TopicConsumer} on the inbox, in a consumer group of its own from the earliest offset, on a
 * thread of its own, under the one retry policy (a failure of the moment waits, holding the partition, with a pause
 * growing from half a second to 30 s). A record that cannot be read is logged and passed over, as such a service keeps
 * no dead-letter table: what it follows is idempotent by the event's id, and its owner can send the fact again.
 */
@ApplicationScoped
public class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);
    private static final InboxPolicy POLICY = new InboxPolicy(Duration.ofMillis(500), Duration.ofSeconds(30));
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SETTLE_AFTER = Duration.ofSeconds(30);

    /** What to follow: {@code name} names the consumer's thread and, with the service, its Kafka client. */
    public record Subscription(String service, String name, String topic, String groupId) {
    }

    private final ObjectMapper json;
    private final ConsumerSpans spans;
    private final KafkaClientSettings kafka;

    Subscriptions(ObjectMapper json, ConsumerSpans spans, KafkaClientSettings kafka) {
        this.json = json;
        this.spans = spans;
        this.kafka = kafka;
    }

    /** Starts following the topic; the caller stops the consumer with {@link TopicConsumer#stopAndWait}. */
    public TopicConsumer start(Subscription subscription, EventInbox.Applier applier) {
        EventInbox inbox = new EventInbox(json, spans, applier, (record, identity, event, rejection, reason) -> LOG.warnf(
                "%s passed over record %s, not a readable event (%s): %s", subscription.name(), record.where(), rejection,
                reason));
        String clientId = subscription.service() + "-" + subscription.name();
        KafkaConsumer<byte[], byte[]> client = new KafkaConsumer<>(kafka.forInbox(subscription.groupId(), clientId),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        TopicConsumer consumer = new TopicConsumer(subscription.topic(), client, inbox, results -> { }, POLL_TIMEOUT, POLICY,
                SETTLE_AFTER);
        consumer.start(subscription.name());
        LOG.infof("%s follows %s (group %s)", subscription.name(), subscription.topic(), subscription.groupId());
        return consumer;
    }
}

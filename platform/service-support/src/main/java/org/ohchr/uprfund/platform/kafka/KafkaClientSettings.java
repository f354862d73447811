package org.ohchr.uprfund.platform.kafka;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import io.smallrye.common.annotation.Identifier;

/**
 * The settings every Kafka client of a service starts from: the service's {@code kafka.*} configuration (brokers,
 * security protocol, SASL, TLS stores; {@code KAFKA_*} in the environment), as Quarkus collects it for its own
 * clients. A client adds what it owns on top, and what it owns wins: an operator's settings cannot switch off the
 * guarantees a client rests on.
 */
@Singleton
public class KafkaClientSettings {

    private final Map<String, Object> service;

    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> service) {
        this.service = service;
    }

    /** The service's settings with the client's own over them. */
    public Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(service);
        // Quarkus' own switches under kafka.* are no client's settings.
        settings.keySet().removeIf(key -> key.startsWith("health.") || key.startsWith("devservices."));
        settings.putAll(own);
        return settings;
    }

    /**
     * The settings of an inbox's consumer (the platform's {@code inbox.TopicConsumer}) in consumer group {@code groupId}:
     * offsets committed by the consumer itself once the records' transactions have committed, from the earliest offset
     * the first time, a poll interval long enough that a rebalance never waits for a database outage to end, and a
     * session of 10 s, not the client's 45 s, after which a dead instance's partitions go to another member.
     */
    public Map<String, Object> forInbox(String groupId, String clientId) {
        return with(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000,
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000,
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000));
    }
}

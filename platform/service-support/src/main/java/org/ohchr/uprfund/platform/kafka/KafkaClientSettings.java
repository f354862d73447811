package org.ohchr.uprfund.platform.kafka;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

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
}

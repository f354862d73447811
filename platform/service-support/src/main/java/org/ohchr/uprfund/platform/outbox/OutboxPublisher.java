package org.ohchr.uprfund.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ohchr.uprfund.platform.kafka.KafkaClientSettings;

/**
 * The relay's Kafka producer, used from the relay's thread only. Each send's future completes exactly once, when the
 * broker acknowledged the event or when the producer gave up on it (within {@link OutboxConfig#deliveryTimeout()}):
 * there is no retry beyond the producer's own, so a failed event is never delivered later behind the relay's back.
 * Idempotent, one request in flight: a retried batch cannot land after the next one. It connects as every Kafka client
 * of the service does, with the {@code kafka.*} settings (security protocol, SASL, TLS stores, ...); only what the
 * relay's guarantees rest on is its own.
 */
@ApplicationScoped
class OutboxPublisher {

    private final OutboxConfig config;
    private final KafkaClientSettings kafka;
    private Producer<String, String> producer;

    OutboxPublisher(OutboxConfig config, KafkaClientSettings kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    CompletableFuture<Void> send(String key, String cloudEvent) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        ProducerRecord<String, String> record = new ProducerRecord<>(config.topic(), key, cloudEvent);
        record.headers().add("content-type", CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record, (metadata, failure) -> {
                if (failure == null) {
                    ack.complete(null);
                } else {
                    ack.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    /** The longest a send can take to complete: waiting for the topic's metadata, then delivering. */
    Duration longestVerdict() {
        return config.deliveryTimeout().plus(requestTimeout());
    }

    /** Drops the producer, failing what it still holds; the next send makes a new one. */
    void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerSettings(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** The service's Kafka settings, with the relay's own over them. */
    Map<String, Object> producerSettings() {
        return kafka.with(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "outbox" + config.source().replace('/', '-'),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.toIntExact(config.deliveryTimeout().toMillis()),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.toIntExact(requestTimeout().toMillis()),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, requestTimeout().toMillis()));
    }

    /** A third of the delivery timeout, at most 10 s: the producer needs room for a retry within it. */
    private Duration requestTimeout() {
        Duration third = config.deliveryTimeout().dividedBy(3);
        return third.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : third;
    }
}

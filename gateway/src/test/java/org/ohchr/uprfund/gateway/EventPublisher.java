package org.ohchr.uprfund.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.ohchr.uprfund.testing.KafkaBrokerResource;

/**
 * Puts events on the test broker as the services' relays do (acks from all replicas, the CloudEvents content type), many
 * at once through one producer, in the order given; also raw records that no service would write.
 */
final class EventPublisher {

    private static KafkaProducer<byte[], byte[]> producer;

    private EventPublisher() {
    }

    static List<RecordMetadata> send(FundEvents.Event... events) {
        return send(List.of(events));
    }

    static List<RecordMetadata> send(List<FundEvents.Event> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (FundEvents.Event event : events) {
            sent.add(sendRaw(event.topic(), event.key(), event.envelope().getBytes(StandardCharsets.UTF_8)));
        }
        return acks(sent);
    }

    /** A record of any bytes, as a broken or hostile producer might write it. */
    static RecordMetadata sendRaw(String topic, String key, String value) {
        return acks(List.of(sendRaw(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8)))).get(0);
    }

    static RecordMetadata sendBytes(String topic, String key, byte[] value) {
        return acks(List.of(sendRaw(topic, key, value))).get(0);
    }

    /** Sends an event to a partition of its topic chosen by the test, not the one its key hashes to. */
    static RecordMetadata sendToPartition(FundEvents.Event event, int partition) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(event.topic(), partition, event.key().getBytes(StandardCharsets.UTF_8),
                event.envelope().getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return acks(List.of(producer().send(record))).get(0);
    }

    private static Future<RecordMetadata> sendRaw(String topic, String key, byte[] value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return producer().send(record);
    }

    private static List<RecordMetadata> acks(List<Future<RecordMetadata>> sent) {
        List<RecordMetadata> acks = new ArrayList<>();
        try {
            for (Future<RecordMetadata> future : sent) {
                acks.add(future.get(30, TimeUnit.SECONDS));
            }
        } catch (Exception e) {
            throw new IllegalStateException("The test broker did not ack a record", e);
        }
        return acks;
    }

    private static synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 0),
                    new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}

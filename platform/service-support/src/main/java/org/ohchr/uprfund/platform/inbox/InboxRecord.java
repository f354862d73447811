package org.ohchr.uprfund.platform.inbox;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record of a topic as the consumer read it: where it sits, and its key and value byte for byte. */
public record InboxRecord(String topic, int partition, long offset, byte[] key, byte[] value, Instant timestamp) {

    public static InboxRecord of(ConsumerRecord<byte[], byte[]> record) {
        return new InboxRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()));
    }

    /** {@code fund.contributions.v1/2@1041}: topic, partition and offset. */
    public String where() {
        return topic + "/" + partition + "@" + offset;
    }
}

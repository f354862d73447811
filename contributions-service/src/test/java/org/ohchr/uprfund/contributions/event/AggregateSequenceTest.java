package org.ohchr.uprfund.contributions.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.platform.outbox.CloudEventWriter;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.outbox.OutboxEvent;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each event is numbered within its aggregate in the transaction that records it, 1, 2, 3... with no gaps, and its
 * CloudEvent carries the number as {@code aggregatesequence}: what a consumer orders an aggregate's events by.
 */
@QuarkusTest
class AggregateSequenceTest {

    @Inject
    EventOutbox eventOutbox;

    @Inject
    OutboxEventRepository repository;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void concurrentWritersOfOneAggregateGetOneToNWithoutGapsOrDuplicates() throws Exception {
        UUID aggregate = UUID.randomUUID();
        int writers = 8;
        int eachWrites = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "writer " + w;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < eachWrites; i++) {
                        String name = writer + " event " + i;
                        QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(donor(aggregate, name)));
                    }
                    return null;
                }));
            }
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        List<OutboxEvent> rows = rowsOf(aggregate);
        assertThat(rows.stream().map(row -> row.aggregateSequence).toList())
                .as("numbers in the order the rows were written, which is the order they are published")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, (long) writers * eachWrites).boxed().toList());
    }

    @Test
    void aBatchIsNumberedInItsOrderAfterEachAggregatesEarlierEvents() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(donor(first, "alone")));

        QuarkusTransaction.requiringNew().run(() -> eventOutbox.recordAll(List.of(donor(first, "a"), donor(second, "b"),
                donor(first, "c"), donor(first, "d"), donor(second, "e"))));

        assertThat(rowsOf(first).stream().map(row -> row.aggregateSequence + " " + name(row)).toList())
                .containsExactly("1 alone", "2 a", "3 c", "4 d");
        assertThat(rowsOf(second).stream().map(row -> row.aggregateSequence + " " + name(row)).toList())
                .containsExactly("1 b", "2 e");
    }

    @Test
    void aRolledBackTransactionGivesItsNumbersBack() {
        UUID aggregate = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(donor(aggregate, "kept")));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            eventOutbox.recordAll(List.of(donor(aggregate, "rolled back"), donor(aggregate, "rolled back too")));
            throw new IllegalStateException("the change fails after its events were recorded");
        })).isInstanceOf(IllegalStateException.class);

        QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(donor(aggregate, "next")));

        assertThat(rowsOf(aggregate).stream().map(row -> row.aggregateSequence + " " + name(row)).toList())
                .containsExactly("1 kept", "2 next");
    }

    @Test
    void thePublishedCloudEventCarriesItsNumberAsAnIntegerAttribute() throws Exception {
        UUID aggregate = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(donor(aggregate, "first")));
        QuarkusTransaction.requiringNew().run(() -> eventOutbox.recordAll(List.of(donor(aggregate, "second"),
                donor(aggregate, "third"))));

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil("fund.contributions.v1",
                r -> r.key().equals(aggregate.toString()) && r.value().contains("\"third\""), Duration.ofSeconds(30));
        List<String> published = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.key().equals(aggregate.toString())) {
                JsonNode envelope = objectMapper.readTree(record.value());
                JsonNode sequence = envelope.path(CloudEventWriter.AGGREGATE_SEQUENCE);
                assertThat(sequence.isIntegralNumber()).as(record.value()).isTrue();
                assertThat(envelope.path("subject").asText()).isEqualTo(aggregate.toString());
                published.add(sequence.asLong() + " " + envelope.path("data").path("name").asText());
            }
        }
        assertThat(published).containsExactly("1 first", "2 second", "3 third");
    }

    private List<OutboxEvent> rowsOf(UUID aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> repository.list("aggregateId", Sort.ascending("position"), aggregate));
    }

    private String name(OutboxEvent row) {
        try {
            return objectMapper.readTree(row.payload).path("name").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static DonorRegistered donor(UUID id, String name) {
        return new DonorRegistered(id, name, DonorKind.PRIVATE, null, Instant.now());
    }
}

package org.ohchr.uprfund.contributions.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.outbox.OutboxEvent;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.platform.outbox.OutboxPurge;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    EventOutbox eventOutbox;

    @Inject
    OutboxEventRepository repository;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    OutboxPurge purge;

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereWritten() {
        UUID aggregate = UUID.randomUUID();
        List<String> names = List.of("first", "second", "third", "fourth");
        for (String name : names) {
            QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(
                    new DonorRegistered(aggregate, name, DonorKind.PRIVATE, null, Instant.now())));
        }

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil("fund.contributions.v1",
                r -> r.key().equals(aggregate.toString()) && r.value().contains("\"fourth\""), Duration.ofSeconds(30));
        List<String> published = records.stream()
                .filter(r -> r.key().equals(aggregate.toString()))
                .map(r -> readName(r.value()))
                .toList();
        assertThat(published).containsSubsequence(names);
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(repository::countUnsent) == 0);
    }

    @Test
    void eventsRecordedTogetherArePublishedInTheirOrderAsEachWouldBeAlone() throws Exception {
        // Escapes of PostgreSQL's COPY text format, JSON escapes and scripts beyond Latin must reach the topic unchanged.
        String awkward = "Tab\there; line\nbreak; back\\slash \\N \"quoted\" \u0645\u0631\u062d\u0628\u0627 \u4e2d\u6587";
        Instant registeredAt = Instant.parse("2024-03-01T10:15:30.123456Z");
        UUID alone = UUID.randomUUID();
        UUID together = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(
                new DonorRegistered(alone, awkward, DonorKind.PRIVATE, null, registeredAt)));
        QuarkusTransaction.requiringNew().run(() -> eventOutbox.recordAll(List.of(
                new DonorRegistered(together, "first", DonorKind.STATE, "NOR", registeredAt),
                new DonorRegistered(another, awkward, DonorKind.PRIVATE, null, registeredAt),
                new DonorRegistered(together, "second", DonorKind.STATE, "NOR", registeredAt),
                new DonorRegistered(together, "third", DonorKind.STATE, "NOR", registeredAt))));

        // The three aggregates may sit on different partitions: read until the last event of each has arrived.
        java.util.Set<String> awaited = new java.util.HashSet<>(List.of(alone.toString(), another.toString(), together + "third"));
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil("fund.contributions.v1", r -> {
            awaited.remove(r.key());
            if (r.key().equals(together.toString()) && r.value().contains("\"third\"")) {
                awaited.remove(together + "third");
            }
            return awaited.isEmpty();
        }, Duration.ofSeconds(30));
        assertThat(records.stream().filter(r -> r.key().equals(together.toString())).map(r -> readName(r.value())).toList())
                .containsExactly("first", "second", "third");
        JsonNode recordedAlone = envelopeFor(records, alone);
        JsonNode recordedTogether = envelopeFor(records, another);
        assertThat(recordedTogether.path("data")).isEqualTo(((ObjectNode) recordedAlone.path("data").deepCopy())
                .put("donorId", another.toString()));
        assertThat(recordedTogether.path("data").path("name").asText()).isEqualTo(awkward);
        assertThat(fieldNames(recordedTogether)).isEqualTo(fieldNames(recordedAlone));
        for (String attribute : List.of("specversion", "source", "type", "datacontenttype")) {
            assertThat(recordedTogether.path(attribute)).isEqualTo(recordedAlone.path(attribute));
        }
        assertThat(recordedTogether.path("subject").asText()).isEqualTo(another.toString());
        assertThat(recordedTogether.path("id").asText()).isNotEqualTo(recordedAlone.path("id").asText());
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(repository::countUnsent) == 0);
    }

    @Test
    void eventsRecordedTogetherInATransactionThatRollsBackAreNeverWritten() {
        long before = countRows();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            eventOutbox.recordAll(List.of(new DonorRegistered(UUID.randomUUID(), "rolled back", DonorKind.PRIVATE, null, Instant.now()),
                    new DonorRegistered(UUID.randomUUID(), "rolled back too", DonorKind.PRIVATE, null, Instant.now())));
            throw new IllegalStateException("the change fails after its events were recorded");
        }));
        assertThat(countRows()).isEqualTo(before);
        org.junit.jupiter.api.Assertions.assertThrows(jakarta.transaction.TransactionalException.class,
                () -> eventOutbox.recordAll(List.of(new DonorRegistered(UUID.randomUUID(), "loose", DonorKind.PRIVATE, null, Instant.now()))));
        assertThat(countRows()).isEqualTo(before);
    }

    @Test
    void nothingIsRecordedOutsideATransaction() {
        long before = repository.count();
        org.junit.jupiter.api.Assertions.assertThrows(jakarta.transaction.TransactionalException.class,
                () -> eventOutbox.record(new DonorRegistered(UUID.randomUUID(), "loose", DonorKind.PRIVATE, null, Instant.now())));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void sentEventsAreRemovedAfterTheRetentionPeriodAndUnsentOnesNever() {
        Long old = sentRow(Instant.now().minus(8, ChronoUnit.DAYS));
        Long recent = sentRow(Instant.now().minus(6, ChronoUnit.DAYS));

        purge.purge();

        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(old))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(recent))).isPresent();
    }

    /** A row as the relay leaves it once the broker acknowledged it. */
    private Long sentRow(Instant sentAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = new OutboxEvent();
            row.eventId = UUID.randomUUID();
            row.aggregateType = "Donor";
            row.aggregateId = UUID.randomUUID();
            row.aggregateSequence = 1;
            row.eventType = DonorRegistered.TYPE;
            row.occurredAt = sentAt.minusSeconds(1);
            row.payload = "{}";
            row.sentAt = sentAt;
            repository.persist(row);
            return row.position;
        });
    }

    private long countRows() {
        return QuarkusTransaction.requiringNew().call(() -> repository.count());
    }

    private JsonNode envelopeFor(List<ConsumerRecord<String, String>> records, UUID aggregate) throws Exception {
        String value = records.stream().filter(r -> r.key().equals(aggregate.toString())).findFirst().orElseThrow().value();
        return objectMapper.readTree(value);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String readName(String envelope) {
        try {
            return objectMapper.readTree(envelope).path("data").path("name").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

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

import com.fasterxml.jackson.databind.ObjectMapper;

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
            row.eventType = DonorRegistered.TYPE;
            row.occurredAt = sentAt.minusSeconds(1);
            row.payload = "{}";
            row.sentAt = sentAt;
            repository.persist(row);
            return row.position;
        });
    }

    private String readName(String envelope) {
        try {
            return objectMapper.readTree(envelope).path("data").path("name").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

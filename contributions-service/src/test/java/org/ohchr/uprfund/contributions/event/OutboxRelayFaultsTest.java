package org.ohchr.uprfund.contributions.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.platform.outbox.OutboxRelay;
import org.ohchr.uprfund.testing.KafkaBrokerResource;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The relay under faults, with polling switched off (an hour), so that every publication here comes from the wake-up
 * after a commit or from the relay's own retry; and with a short delivery timeout, so that a broker outage makes
 * publications fail rather than wait.
 */
@QuarkusTest
@TestProfile(OutboxRelayFaultsTest.ShortDelivery.class)
class OutboxRelayFaultsTest {

    public static class ShortDelivery implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fund.outbox.poll-interval", "1h", "fund.outbox.delivery-timeout", "3s",
                    "fund.outbox.retry-backoff", "500ms", "fund.outbox.max-retry-backoff", "2s");
        }
    }

    private static final String TOPIC = "fund.contributions.v1";

    @Inject
    EventOutbox eventOutbox;

    @Inject
    OutboxEventRepository repository;

    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void aCommitThatWroteEventsPublishesThemWithoutPolling() {
        UUID aggregate = UUID.randomUUID();
        record(aggregate, "woken");

        TopicReader.readUntil(TOPIC, r -> r.key().equals(aggregate.toString()) && r.value().contains("\"woken\""), Duration.ofSeconds(30));
    }

    @Test
    void everyEventWrittenWhileTheBrokerIsDownArrivesOnceAndInOrderAfterItReturns() {
        UUID aggregate = UUID.randomUUID();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            names.add("before-" + i);
            record(aggregate, "before-" + i);
        }
        TopicReader.readUntil(TOPIC, r -> r.key().equals(aggregate.toString()) && r.value().contains("\"before-3\""), Duration.ofSeconds(30));

        KafkaBrokerResource.stopBroker();
        try {
            long failuresBefore = relay.statistics().failures();
            for (int i = 1; i <= 10; i++) {
                names.add("during-" + i);
                record(aggregate, "during-" + i);
            }
            given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Registered while the broker is down " + UUID.randomUUID(), "kind", "PRIVATE"))
                    .when().post("/api/donors").then().statusCode(201);
            // Ready all the same (writes need only PostgreSQL); the backlog shows in readiness and in the metrics at once.
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'Event outbox' }.data.backlog", greaterThanOrEqualTo(11));
            assertThat(backlogMetric()).isGreaterThanOrEqualTo(11);

            await().atMost(Duration.ofSeconds(60)).until(() -> relay.statistics().failures() > failuresBefore);
            long batchesAfterFailure = relay.statistics().batches();
            // Paused between attempts, longer after each failure: no spinning, no batch handed over again and again.
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                    .until(() -> relay.statistics().batches() - batchesAfterFailure <= 4);
            assertThat(QuarkusTransaction.requiringNew().call(repository::countUnsent)).isGreaterThanOrEqualTo(10);
        } finally {
            KafkaBrokerResource.restartBroker();
        }
        for (int i = 1; i <= 2; i++) {
            names.add("after-" + i);
            record(aggregate, "after-" + i);
        }

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC,
                r -> r.key().equals(aggregate.toString()) && r.value().contains("\"after-2\""), Duration.ofSeconds(120));
        List<JsonNode> published = records.stream().filter(r -> r.key().equals(aggregate.toString())).map(r -> read(r.value())).toList();
        assertThat(published.stream().map(event -> event.path("data").path("name").asText()).toList()).isEqualTo(names);
        Map<String, Long> copies = published.stream().collect(Collectors.groupingBy(event -> event.path("id").asText(), Collectors.counting()));
        assertThat(copies.values()).as("each event published once").containsOnly(1L);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(repository::countUnsent) == 0);
        assertThat(backlogMetric()).isZero();
    }

    private static double backlogMetric() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("fund_outbox_backlog "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no fund_outbox_backlog on /q/metrics"));
    }

    private void record(UUID aggregate, String name) {
        QuarkusTransaction.requiringNew().run(() -> eventOutbox.record(
                new DonorRegistered(aggregate, name, DonorKind.PRIVATE, null, Instant.now())));
    }

    private JsonNode read(String envelope) {
        try {
            return objectMapper.readTree(envelope);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

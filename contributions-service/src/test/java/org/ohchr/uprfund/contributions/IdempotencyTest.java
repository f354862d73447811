package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManagerWithoutKey;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.platform.idempotency.IdempotencyPurge;
import org.ohchr.uprfund.platform.idempotency.IdempotencyRecord;
import org.ohchr.uprfund.platform.idempotency.IdempotencyRecordRepository;
import org.ohchr.uprfund.platform.idempotency.IdempotencyScope;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DonorRepository donors;

    @Inject
    ContributionRepository contributions;

    @Inject
    OutboxEventRepository outbox;

    @Inject
    IdempotencyRecordRepository records;

    @Inject
    IdempotencyPurge purge;

    @Test
    void replayedIdempotencyKeyReturnsFirstResponseAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("name", "Kazakhstan", "kind", "STATE", "iso3", "KAZ");
        Response first = post(key, body);
        first.then().statusCode(201);
        long donorsAfterFirst = donors.count();
        long eventsAfterFirst = outbox.count();

        Response retry = post(key, body);

        retry.then().statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")), "registeredAt", equalTo(first.path("registeredAt")));
        assertThat(donors.count()).isEqualTo(donorsAfterFirst);
        assertThat(outbox.count()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(key, Map.of("name", "Paraguay", "kind", "STATE", "iso3", "PRY")).then().statusCode(201);
        long donorsBefore = donors.count();

        post(key, Map.of("name", "Pakistan", "kind", "STATE", "iso3", "PAK"))
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://upr-fund.example/problems/idempotency-key-reused"));
        assertThat(donors.count()).isEqualTo(donorsBefore);
        assertThat(donors.findByIso3("PAK")).isEmpty();
    }

    @Test
    void refusedRequestIsNotRememberedUnderItsKey() {
        String key = UUID.randomUUID().toString();
        post(key, Map.of("name", "Monaco", "kind", "STATE")).then().statusCode(400);
        post(key, Map.of("name", "Monaco", "kind", "STATE", "iso3", "MCO")).then().statusCode(201);
    }

    @Test
    void unusableKeyIsAClientError() {
        for (String key : List.of("x".repeat(201), "with space", "tab\tinside", "é")) {
            post(key, Map.of("name", "Malta", "kind", "STATE", "iso3", "MLT"))
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("Idempotency-Key"));
        }
        assertThat(donors.findByIso3("MLT")).isEmpty();
    }

    @Test
    void ofSixteenSimultaneousRequestsWithOneKeyExactlyOneRuns() throws Exception {
        String donorId = newDonor("Sixteen at once");
        Map<String, Object> body = contribution(donorId, "250.00", "USD", null, "2020");
        String key = UUID.randomUUID().toString();
        long eventsBefore = outbox.count();
        int clients = 16;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return asFundManagerWithoutKey().header("Idempotency-Key", key).body(body).when().post("/api/contributions");
                }));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }

            List<Response> created = responses.stream().filter(response -> response.statusCode() == 201).toList();
            List<Response> toRetry = responses.stream().filter(response -> response.statusCode() == 409).toList();
            assertThat(created.size() + toRetry.size()).as("every answer is the first response or 'in progress'").isEqualTo(clients);
            assertThat(created).extracting(response -> response.path("id")).containsOnly((Object) created.get(0).path("id"));
            assertThat(created.stream().filter(response -> response.header("Idempotent-Replayed") == null)).hasSize(1);
            toRetry.forEach(response -> response.then().contentType(PROBLEM)
                    .body("type", equalTo("https://upr-fund.example/problems/idempotency-in-progress")));
        } finally {
            pool.shutdownNow();
        }
        assertThat(contributions.count("donorId", UUID.fromString(donorId))).as("contributions recorded").isEqualTo(1);
        assertThat(outbox.count()).as("events recorded").isEqualTo(eventsBefore + 1);
    }

    @Test
    void aRequestWaitsForTheFirstWithItsKeyThenIsToldToRetry() throws Exception {
        String donorId = newDonor("Slow first request");
        Map<String, Object> body = contribution(donorId, "40.00", "USD", null, "2020");
        String key = UUID.randomUUID().toString();
        IdempotencyScope scope = new IdempotencyScope("secretariat@test", "POST", "/api/contributions", key);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            // Plays a first request still running with this key: it holds the key's lock in an open transaction.
            Future<?> running = first.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                records.lock(scope, 1000);
                held.countDown();
                await(release);
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            asFundManagerWithoutKey().header("Idempotency-Key", key).body(body).when().post("/api/contributions")
                    .then().statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("https://upr-fund.example/problems/idempotency-in-progress"));
            assertThat(contributions.count("donorId", UUID.fromString(donorId))).isZero();

            release.countDown();
            running.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            first.shutdownNow();
        }
        asFundManagerWithoutKey().header("Idempotency-Key", key).body(body).when().post("/api/contributions").then().statusCode(201);
    }

    @Test
    void aKeyBelongsToItsCaller() {
        String donorId = newDonor("Two callers, one key");
        Map<String, Object> body = contribution(donorId, "10.00", "USD", null, "2020");
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(TestTokens.fundManager("treasurer-a@test")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/api/contributions")
                .then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(TestTokens.fundManager("treasurer-b@test")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/api/contributions")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");

        assertThat(second).isNotEqualTo(first);
        assertThat(contributions.count("donorId", UUID.fromString(donorId))).isEqualTo(2);
    }

    @Test
    void moneyMovingCreatesAreRefusedWithoutAKeyAndWriteNothing() {
        String donorId = newDonor("No key");
        long eventsBefore = outbox.count();
        Map<String, Map<String, Object>> creates = Map.of(
                "/api/pledges", Map.of("donorId", donorId, "amount", 10, "currency", "USD", "pledgedOn", "2020-01-02", "period", "2020"),
                "/api/contributions", contribution(donorId, "10.00", "USD", null, "2020"),
                "/api/contributions/" + UUID.randomUUID() + "/reversal", Map.of("reason", "Returned by the bank"),
                "/api/income", Map.of("kind", "INVESTMENT", "accountingDate", "2020-12-31", "amountUsd", 1, "description", "Interest"),
                "/api/income/" + UUID.randomUUID() + "/reversal", Map.of("accountingDate", "2020-12-31", "reason", "Twice"),
                "/api/balances", Map.of("balanceDate", "2020-01-01", "amountUsd", 1, "source", "Audit"),
                "/api/pledges/" + UUID.randomUUID() + "/cancellation", Map.of("reason", "CANCELLED"),
                "/api/accounting-years/2019/closure", Map.of());
        creates.forEach((path, body) -> asFundManagerWithoutKey().header("If-Match", "\"0\"").body(body).when().post(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("Idempotency-Key")));
        assertThat(outbox.count()).isEqualTo(eventsBefore);
        assertThat(contributions.count("donorId", UUID.fromString(donorId))).isZero();
    }

    @Test
    void keysAreForgottenAfterTheRetentionPeriod() {
        IdempotencyScope old = new IdempotencyScope("secretariat@test", "POST", "/api/donors", "old-" + UUID.randomUUID());
        IdempotencyScope recent = new IdempotencyScope("secretariat@test", "POST", "/api/donors", "recent-" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            records.persist(record(old, Instant.now().minus(31, ChronoUnit.DAYS)));
            records.persist(record(recent, Instant.now().minus(29, ChronoUnit.DAYS)));
        });

        purge.purge();

        assertThat(QuarkusTransaction.requiringNew().call(() -> records.findByIdOptional(old))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> records.findByIdOptional(recent))).isPresent();
    }

    private static IdempotencyRecord record(IdempotencyScope scope, Instant createdAt) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = scope;
        record.requestHash = "0".repeat(64);
        record.status = 201;
        record.body = "{}";
        record.createdAt = createdAt;
        return record;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Response post(String key, Map<String, String> body) {
        return given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/donors");
    }
}

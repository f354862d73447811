package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    @Inject
    DonorRepository donors;

    @Inject
    OutboxEventRepository outbox;

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
                .then().statusCode(422).contentType("application/problem+json").body("status", equalTo(422));
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
        post("x".repeat(201), Map.of("name", "Malta", "kind", "STATE", "iso3", "MLT"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(donors.findByIso3("MLT")).isEmpty();
    }

    private static Response post(String key, Map<String, String> body) {
        return given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/donors");
    }
}

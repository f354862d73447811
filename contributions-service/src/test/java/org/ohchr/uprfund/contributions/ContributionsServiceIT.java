package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged service, as it ships: it starts, answers its health checks, takes a write and publishes its event. */
@QuarkusIntegrationTest
class ContributionsServiceIT {

    @Test
    void thePackagedServiceIsReadyTakesAWriteAndPublishesItsEvent() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        String name = "Packaged " + UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", name, "kind", "PRIVATE"))
                .when().post("/api/donors").then().statusCode(201).extract().path("id");

        TopicReader.readUntil("fund.contributions.v1", record -> record.key().equals(id) && record.value().contains(name),
                Duration.ofSeconds(60));
    }
}

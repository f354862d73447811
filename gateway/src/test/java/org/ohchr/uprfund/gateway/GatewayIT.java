package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.gateway.FundEvents.CONTRIBUTIONS_SOURCE;
import static org.ohchr.uprfund.gateway.FundEvents.CONTRIBUTIONS_TOPIC;
import static org.ohchr.uprfund.gateway.FundEvents.DONOR_REGISTERED;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TopicWriter;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged gateway, as it ships: it is ready, routes to the services (one stand-in answers, two are down), and
 * applies an event from the broker to its read model.
 */
@QuarkusIntegrationTest
class GatewayIT {

    @Test
    void thePackagedGatewayRoutesAndAppliesEvents() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/donors").then().statusCode(200);
        given().when().get("/api/projects").then().statusCode(503).body("service", equalTo("projects-service"));
        int before = given().when().get("/api/fund/status").then().statusCode(200).extract().path("donors.registered");

        UUID donorId = UUID.randomUUID();
        TopicWriter.sendCloudEvent(CONTRIBUTIONS_TOPIC, donorId.toString(), FundEvents.envelope(UUID.randomUUID(), CONTRIBUTIONS_SOURCE,
                DONOR_REGISTERED, donorId, Instant.now(),
                FundEvents.donorRegisteredData(donorId, "Packaged donor", "PRIVATE", null, Instant.now())));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/api/fund/status").then()
                .body("donors.registered", equalTo(before + 1)));
    }
}

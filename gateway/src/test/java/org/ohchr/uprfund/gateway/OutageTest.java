package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.KafkaBrokerResource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the entry point does when what it depends on is away: a stopped service's routes answer 503 at once while fund
 * status keeps answering, with how fresh that service's events are; a broker outage takes neither routing nor health
 * down, and the read model catches up when the broker is back.
 */
@QuarkusTest
class OutageTest {

    @Test
    void stoppedServicesRoutesAnswer503WithinTheTimeoutWhileFundStatusKeepsAnsweringWithThatSourcesLag() {
        FundEvents.Event event = FundEvents.donorRegistered(UUID.randomUUID(), "Outage test donor", "PRIVATE", null);
        EventPublisher.send(event);
        await().atMost(Duration.ofSeconds(60)).until(() -> event.id().toString()
                .equals(FundStatusClient.source(FundEvents.CONTRIBUTIONS_TOPIC).get("lastEventId")));

        StandInServices.stopContributions();
        try {
            long started = System.nanoTime();
            given().get("/api/donors").then().statusCode(503).contentType("application/problem+json")
                    .body("service", equalTo("contributions-service"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 2_000, "the 503 took " + millis + " ms; the connect timeout is 1 s");

            Map<String, Object> contributions = FundStatusClient.source(FundEvents.CONTRIBUTIONS_TOPIC);
            assertEquals(event.id().toString(), contributions.get("lastEventId"));
            assertNotNull(contributions.get("lagSeconds"));
            assertNotNull(contributions.get("lastAppliedAt"));
            given().get("/api/fund/status?asOf=2020-12-31").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            StandInServices.startContributions();
        }
        given().get("/api/donors").then().statusCode(200);
    }

    @Test
    void brokerOutageLeavesRoutingHealthAndStatusUpAndTheReadModelCatchesUpAfter() {
        KafkaBrokerResource.stopBroker();
        try {
            for (int i = 0; i < 3; i++) {
                given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                        .body("checks.name", hasItem("Read model consumers"));
                given().get("/api/donors").then().statusCode(200);
                given().get("/api/fund/status").then().statusCode(200);
                sleep(1000);
            }
        } finally {
            KafkaBrokerResource.restartBroker();
        }
        UUID donorId = UUID.randomUUID();
        FundEvents.Event after = FundEvents.donorRegistered(donorId, "After the outage", "PRIVATE", null);
        EventPublisher.send(after);
        await().atMost(Duration.ofSeconds(120)).until(() -> after.id().toString()
                .equals(FundStatusClient.source(FundEvents.CONTRIBUTIONS_TOPIC).get("lastEventId")));
        List<String> checks = given().get("/q/health/ready").then().statusCode(200).extract().path("checks.name");
        assertTrue(checks.contains("Read model consumers"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

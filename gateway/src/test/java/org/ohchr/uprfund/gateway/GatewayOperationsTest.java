package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and clients rely on besides routing: problems, health, API documentation, the dashboard. */
@QuarkusTest
class GatewayOperationsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void unknownPathGivesNotFoundProblem() {
        given().get("/no/such/page")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://upr-fund.example/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/page"));
    }

    @Test
    void unknownGatewayEndpointGivesNotFoundProblem() {
        given().get("/api/fund/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://upr-fund.example/problems/not-found"))
                .body("instance", equalTo("/api/fund/no-such-thing"));
    }

    @Test
    void wrongMethodGivesMethodNotAllowedProblem() {
        given().contentType("application/json").body("{}")
                .post("/api/fund/status")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://upr-fund.example/problems/method-not-allowed"));
    }

    @Test
    void fundStatusListsEveryTopicTheReadModelIsBuiltFrom() {
        given().get("/api/fund/status")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("asOf", notNullValue())
                .body("donors.registered", notNullValue())
                .body("sources.topic", hasItems("fund.contributions.v1", "fund.projects.v1", "fund.recommendations.v1"));
    }

    @Test
    void readinessChecksTheDatabaseAndNothingAboutTheConsumers() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItems("Kafka connection health check")))
                .body("checks.name", not(hasItems("SmallRye Reactive Messaging - readiness check"))));
    }

    @Test
    void livenessDoesNotFollowTheConsumers() {
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItems("SmallRye Reactive Messaging - liveness check")));
    }

    @Test
    void openApiDocumentsFundStatus() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("UPR Voluntary Fund - gateway"))
                .body("paths", hasKey("/api/fund/status"));
    }

    @Test
    void dashboardPageShowsFundStatus() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("/api/fund/status"));
    }
}

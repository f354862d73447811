package org.ohchr.uprfund.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What operators rely on in every service that writes through the outbox: readiness checks the database and reports the
 * outbox (never the broker: writes need only PostgreSQL), metrics for Prometheus, the API document, and problem+json for
 * a path nothing serves. A service's {@code @QuarkusTest} extends it and names its document's title.
 */
public abstract class ServiceOperationsContract {

    /** The title of the service's API document, such as {@code UPR Voluntary Fund: projects}. */
    protected abstract String apiTitle();

    @Test
    void readinessChecksTheDatabaseAndReportsTheOutbox() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Event outbox"))
                .body("checks.name", not(hasItems("Kafka connection health check")))
                .body("checks.find { it.name == 'Event outbox' }.data.backlog", notNullValue());
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheService() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(apiTitle()));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"), containsString("fund_outbox_backlog"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/not-found"));
    }
}

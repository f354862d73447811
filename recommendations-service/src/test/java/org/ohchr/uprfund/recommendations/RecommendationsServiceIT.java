package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged service, as it ships: it starts on its own database, runs the platform's migrations and answers its
 * health checks and API document. (It takes no write yet: its endpoints come with its domain.)
 */
@QuarkusIntegrationTest
class RecommendationsServiceIT {

    @Test
    void thePackagedServiceStartsAndIsReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("UPR Voluntary Fund: recommendations"));
    }
}

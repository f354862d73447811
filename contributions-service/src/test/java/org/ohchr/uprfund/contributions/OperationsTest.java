package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ServiceOperationsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String apiTitle() {
        return "UPR Voluntary Fund: contributions";
    }

    @Test
    void openApiDocumentsTheDonorEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).body("paths", hasKey("/api/donors"));
    }
}

package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ApiDocumentRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The service's OpenAPI document, walked operation by operation: what its readers and generated clients rely on. */
@QuarkusTest
class ContributionApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationKeepsTheApiDocumentRules() throws Exception {
        assertThat(ApiDocumentRules.violationsOf(document())).isEmpty();
    }

    @Test
    void pledgeAndContributionSchemasAreDocumented() throws Exception {
        assertThat(document().path("components").path("schemas").fieldNames()).toIterable().contains("Pledge", "NewPledge",
                "PledgeCancellation", "NewPledgeCancellation", "Contribution", "NewContribution", "NewContributionReversal",
                "ExchangeDifference", "ContributionSummary", "DonorSummary", "PledgeStatusLabels");
    }

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
    }
}

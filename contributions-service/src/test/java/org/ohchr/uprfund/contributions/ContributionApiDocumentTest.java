package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document describes every pledge, contribution and donor query operation, with examples. */
@QuarkusTest
class ContributionApiDocumentTest {

    private static final Map<String, List<String>> OPERATIONS = Map.of(
            "/api/pledges", List.of("get", "post"),
            "/api/pledges/{id}", List.of("get"),
            "/api/pledges/{id}/cancellation", List.of("get", "post"),
            "/api/pledges/statuses", List.of("get"),
            "/api/contributions", List.of("get", "post"),
            "/api/contributions/{id}", List.of("get"),
            "/api/contributions/{id}/reversal", List.of("post"),
            "/api/contributions/summary", List.of("get"),
            "/api/contributions/exchange-differences", List.of("get"),
            "/api/donors/{id}/summary", List.of("get"));

    @Test
    void everyOperationHasASummaryAndAnExampleForEachResponse() {
        JsonPath document = api().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();

        OPERATIONS.forEach((path, methods) -> methods.forEach(method -> {
            String operation = "paths['" + path + "']." + method;
            assertThat(document.getString(operation + ".summary")).as(method + " " + path).isNotBlank();
            Map<String, Map<String, Object>> responses = document.getMap(operation + ".responses");
            assertThat(responses).as(method + " " + path).isNotEmpty();
            responses.forEach((status, response) -> assertThat(document.getMap(operation + ".responses['" + status + "'].content"))
                    .as(method + " " + path + " " + status).isNotEmpty());
            if (method.equals("post")) {
                assertThat(document.getList(operation + ".security")).as("security of " + path).isNotEmpty();
                assertThat(responses).as(path).containsKeys("201", "400", "401", "403", "422");
                assertThat(document.getMap(operation + ".responses['201'].headers")).as(path).containsKey("Location");
            }
        }));
    }

    @Test
    void pledgeAndContributionSchemasAreDocumented() {
        JsonPath document = api().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();

        assertThat(document.getMap("components.schemas")).containsKeys("Pledge", "NewPledge", "PledgeCancellation",
                "NewPledgeCancellation", "Contribution", "NewContribution", "NewContributionReversal", "ExchangeDifference",
                "ContributionSummary", "DonorSummary", "PledgeStatusLabels");
    }
}

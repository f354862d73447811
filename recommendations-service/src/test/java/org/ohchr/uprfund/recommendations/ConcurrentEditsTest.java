package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.etagOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.newRecommendation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.SimultaneousRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Twenty editors read one recommendation and change its implementation status at the same moment with the ETag they
 * read: exactly one change is recorded, every other editor is told the version is stale (412), and the history has that
 * one new entry alone.
 */
@QuarkusTest
class ConcurrentEditsTest {

    private static final int CLIENTS = 20;

    @Test
    void ofTwentyStatusChangesWithOneETagExactlyOneIsRecordedAndTheOthersAreStale() {
        String recommendationId = newRecommendation();
        String readETag = etagOf(recommendationId);
        int changesBefore = history(recommendationId);

        List<Response> responses = SimultaneousRequests.send(CLIENTS, () -> asEditor().header("If-Match", readETag)
                .body(Map.of("status", "PARTIALLY_IMPLEMENTED", "evidence", "https://www.example.gov.kh/land/titles.pdf"))
                .post("/api/implementation-plans/" + recommendationId + "/status-changes"));

        assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(1);
        assertThat(responses).filteredOn(response -> response.statusCode() != 201).hasSize(CLIENTS - 1)
                .allSatisfy(response -> {
                    assertThat(response.statusCode()).isEqualTo(412);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.jsonPath().getString("type")).isEqualTo("https://upr-fund.example/problems/precondition-failed");
                });
        assertThat(history(recommendationId)).isEqualTo(changesBefore + 1);
    }

    private static int history(String recommendationId) {
        return given().get("/api/implementation-plans/" + recommendationId + "/status-changes?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }
}

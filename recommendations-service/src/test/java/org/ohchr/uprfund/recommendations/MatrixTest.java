package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.recommendation;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.record;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The clustered matrix of one State and cycle: counts by theme, response and status, and SDG coverage, summed by SQL. */
@QuarkusTest
class MatrixTest {

    @Test
    void aStatesRecommendationsAreCountedByThemeResponseStatusAndSdg() {
        // A State no other test writes for.
        String state = "LSO";
        String document = freshDocument();
        Map<String, Object> base = with(recommendation(document, "1"), "stateUnderReview", state);
        String education = record(with(with(with(base, "themes", List.of("RIGHT_TO_EDUCATION", "CHILDRENS_RIGHTS")), "sdgTargets",
                List.of("4.1")), "response", "SUPPORTED"));
        record(with(with(with(with(base, "paragraph", "2"), "themes", List.of("RIGHT_TO_EDUCATION")), "sdgTargets", List.of("4.1", "4.5")),
                "response", "NOTED"));
        record(with(with(with(with(base, "paragraph", "3"), "themes", List.of()), "sdgTargets", List.of()), "response", "SUPPORTED"));
        record(with(with(with(base, "paragraph", "4"), "cycle", 2), "themes", List.of("TORTURE")));
        asEditor().header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS")).when()
                .post("/api/implementation-plans/" + education + "/status-changes").then().statusCode(201);

        given().queryParam("state", state).queryParam("cycle", 3).when().get("/api/recommendations/matrix").then().statusCode(200)
                .header("Content-Language", "en")
                .body("recommendations", equalTo(3))
                .body("byResponse.find { it.code == 'SUPPORTED' }.count", equalTo(2))
                .body("byResponse.find { it.code == 'NOTED' }.count", equalTo(1))
                .body("byResponse.find { it.code == 'PENDING' }.count", equalTo(0))
                .body("byImplementationStatus.find { it.code == 'IN_PROGRESS' }.count", equalTo(1))
                .body("byImplementationStatus.find { it.code == 'NOT_STARTED' }.count", equalTo(2))
                .body("themes.theme", contains("CHILDRENS_RIGHTS", "RIGHT_TO_EDUCATION", null))
                .body("themes.find { it.theme == 'RIGHT_TO_EDUCATION' }.recommendations", equalTo(2))
                .body("themes.find { it.theme == 'RIGHT_TO_EDUCATION' }.cells", hasItem(Map.of("response", "SUPPORTED",
                        "implementationStatus", "IN_PROGRESS", "count", 1)))
                .body("themes.find { it.theme == 'RIGHT_TO_EDUCATION' }.cells", hasItem(Map.of("response", "NOTED",
                        "implementationStatus", "NOT_STARTED", "count", 1)))
                .body("themes.find { it.theme == null }.recommendations", equalTo(1))
                .body("sdgCoverage.goals.goal", contains(4))
                .body("sdgCoverage.goals[0].recommendations", equalTo(2))
                .body("sdgCoverage.targets.target", contains("4.1", "4.5"))
                .body("sdgCoverage.targets.find { it.target == '4.1' }.recommendations", equalTo(2))
                .body("sdgCoverage.withoutSdg", equalTo(1));

        given().queryParam("state", state).header("Accept-Language", "fr-CH, fr;q=0.9").when().get("/api/recommendations/matrix")
                .then().statusCode(200).header("Content-Language", "fr")
                .body("cycle", nullValue()).body("recommendations", equalTo(4))
                .body("themes.find { it.theme == 'TORTURE' }.label", equalTo("Torture et autres traitements cruels, inhumains ou dégradants"))
                .body("sdgCoverage.goals.find { it.goal == 4 }.title", equalTo("Assurer l'accès de tous à une éducation de qualité, sur un pied d'égalité, et"
                        + " promouvoir les possibilités d'apprentissage tout au long de la vie"));
    }

    @Test
    void theMatrixNeedsAStateAndAValidCycle() {
        given().when().get("/api/recommendations/matrix").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("state"));
        given().queryParam("state", "ATL").when().get("/api/recommendations/matrix").then().statusCode(400)
                .body("violations.field", hasItem("state"));
        given().queryParam("state", "KHM").queryParam("cycle", 5).when().get("/api/recommendations/matrix").then().statusCode(400)
                .body("violations.field", hasItem("cycle"));
        given().queryParam("state", "NRU").when().get("/api/recommendations/matrix").then().statusCode(200)
                .body("recommendations", equalTo(0)).body("sdgCoverage.withoutSdg", equalTo(0));
    }
}

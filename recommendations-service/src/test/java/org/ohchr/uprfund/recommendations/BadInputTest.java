package org.ohchr.uprfund.recommendations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.recommendation;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.with;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A recommendation the rules refuse: a 400 problem naming every offending field, and nothing written (no
 * recommendation, no event).
 */
@QuarkusTest
class BadInputTest {

    @Inject
    TableRowCounts counts;

    private final Map<String, Object> valid = recommendation(freshDocument(), "7.1");

    @Test
    void anUnknownStateUnderReviewIsRefused() {
        refused(with(valid, "stateUnderReview", "ATL"), "stateUnderReview", "not an ISO 3166-1 alpha-3 country code");
        refused(with(valid, "stateUnderReview", "KH"), "stateUnderReview", "not an ISO 3166-1 alpha-3 country code");
        refused(with(valid, "stateUnderReview", null), "stateUnderReview", "is required");
    }

    @Test
    void anUnknownRecommendingStateIsRefusedNamingItsPlace() {
        refused(with(valid, "recommendingStates", List.of("FRA", "XYZ")), "recommendingStates[1]", "'XYZ' is not an ISO 3166-1 alpha-3");
        refused(with(valid, "recommendingStates", List.of("KHM")), "recommendingStates[0]", "State under review");
        refused(with(valid, "recommendingStates", List.of()), "recommendingStates", "required for a UPR recommendation");
        refused(with(with(with(valid, "mechanism", "SPECIAL_PROCEDURE"), "cycle", null), "recommendingStates", List.of("FRA")),
                "recommendingStates", "must be empty");
    }

    @Test
    void aCycleOutsideOneToFourIsRefused() {
        refused(with(valid, "cycle", 0), "cycle", "from 1 to 4");
        refused(with(valid, "cycle", 5), "cycle", "from 1 to 4");
        refused(with(valid, "cycle", null), "cycle", "required for a UPR recommendation");
    }

    @Test
    void anSdgTargetThatDoesNotExistIsRefused() {
        refused(with(valid, "sdgTargets", List.of("18.1")), "sdgTargets[0]", "'18.1' is not an SDG target");
        refused(with(valid, "sdgTargets", List.of("4.1", "5.9")), "sdgTargets[1]", "'5.9' is not an SDG target");
        refused(with(valid, "sdgTargets", List.of("5.d")), "sdgTargets[0]", "not an SDG target");
        refused(with(valid, "sdgTargets", List.of("17.a")), "sdgTargets[0]", "not an SDG target");
        refused(with(valid, "sdgGoals", List.of(18)), "sdgGoals[0]", "from 1 to 17");
    }

    @Test
    void aResponseOrStatusOutsideItsListIsRefused() {
        refused(with(valid, "response", "ACCEPTED"), "response", "must be one of [SUPPORTED, SUPPORTED_IN_PART, NOTED, PENDING]");
        refused(with(valid, "implementationStatus", "DONE"), "implementationStatus", "must be one of [NOT_STARTED, IN_PROGRESS");
        refused(with(valid, "mechanism", "REGIONAL"), "mechanism", "must be one of [UPR, TREATY_BODY, SPECIAL_PROCEDURE]");
    }

    @Test
    void codesTextsAndDocumentsOutsideTheRulesAreRefused() {
        refused(with(valid, "themes", List.of("HAPPINESS")), "themes[0]", "'HAPPINESS' is not a theme");
        refused(with(valid, "affectedPersons", List.of("ALIENS")), "affectedPersons[0]", "is not a group");
        refused(with(valid, "language", "de"), "language", "not one of the six UN languages");
        refused(with(valid, "translations", Map.of("en", "again")), "translations.en", "own language");
        refused(with(valid, "documentSymbol", "not a symbol"), "documentSymbol", "UN document symbol");
        refused(with(valid, "paragraph", "one hundred"), "paragraph", "paragraph number");
        refused(with(valid, "actionCategory", 6), "actionCategory", "from 1 to 5");
        refused(with(valid, "text", "   "), "text", "must not be blank");
        refused(with(valid, "text", "x".repeat(20_001)), "text", "longer than 20000");
        refused(with(valid, "text", "land\u0000titles"), "text", "NUL");
    }

    @Test
    void everyProblemOfABodyIsListedAtOnce() {
        Map<String, Object> body = with(with(with(valid, "cycle", 9), "sdgTargets", List.of("18.1")), "stateUnderReview", "ATL");
        counts.assertNothingWrittenBy(() -> asEditor().body(body).when().post("/api/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("stateUnderReview", "cycle", "sdgTargets[0]"))
                .body("detail", equalTo("The request has 3 invalid fields or parameters")));
    }

    @Test
    void malformedAndUnknownPropertiesAreRefused() {
        counts.assertNothingWrittenBy(() -> asEditor().body("{\"stateUnderReview\": \"KHM\",").when().post("/api/recommendations")
                .then().statusCode(400).contentType("application/problem+json"));
        refused(with(valid, "stateUnderRevue", "KHM"), "stateUnderRevue", "is not a property");
    }

    private void refused(Map<String, Object> body, String field, String message) {
        counts.assertNothingWrittenBy(() -> asEditor().body(body).when().post("/api/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/validation-failed"))
                .body("violations.field", hasItem(field))
                .body("violations.message", hasItem(containsString(message)))
                .body(not(containsString("java.")), not(containsString("Exception"))));
    }
}

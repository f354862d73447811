package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.etagOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.eventOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.recommendation;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.record;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.revisionOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.with;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.StrictIfMatch;
import org.ohchr.uprfund.testing.TableRowCounts;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecommendationResourceTest {

    @Inject
    TableRowCounts counts;

    @Test
    void aRecordedRecommendationIsNormalisedServedAndPublished() {
        String document = freshDocument();
        Map<String, Object> body = with(recommendation(document, "110.12"), "translations",
                Map.of("fr", "Accélérer la délivrance de titres fonciers collectifs aux communautés autochtones"));
        body = with(body, "recommendingStates", List.of("ury", "FRA", "URY"));
        body = with(body, "sdgGoals", List.of(2));
        String id = asEditor().body(body).when().post("/api/recommendations")
                .then().statusCode(201)
                .header("Location", containsString("/api/recommendations/"))
                .header("ETag", equalTo("\"0\""))
                .body("recommendingStates", contains("FRA", "URY"))
                .body("sdgGoals", contains(1, 2))
                .body("sdgTargets", contains("1.4"))
                .body("themes", contains("INDIGENOUS_PEOPLES", "LAND_AND_HOUSING"))
                .body("reference", equalTo(document + ", para. 110.12"))
                .body("implementationStatus", equalTo("NOT_STARTED"))
                .body("translations.fr", startsWith("Accélérer"))
                .body("recordedBy", equalTo("editor@test"))
                .extract().path("id");

        JsonNode event = eventOf("RecommendationRecorded", id, data -> true);
        assertThat(event.path("documentSymbol").asText()).isEqualTo(document);
        assertThat(event.path("paragraph").asText()).isEqualTo("110.12");
        assertThat(event.path("sdgGoals").toString()).isEqualTo("[1,2]");
        assertThat(event.has("translations")).isFalse();

        given().when().get("/api/recommendations/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("text", equalTo("Accelerate the issuing of communal land titles to indigenous communities"));
    }

    @Test
    void aTreatyBodyRecommendationNeedsNoCycleNorRecommendingState() {
        Map<String, Object> body = with(with(with(recommendation(freshDocument(), "25 (a)"), "mechanism", "TREATY_BODY"), "cycle", null),
                "recommendingStates", null);
        asEditor().body(body).when().post("/api/recommendations").then().statusCode(201)
                .body("cycle", nullValue()).body("paragraph", equalTo("25 (a)"));
    }

    @Test
    void theSameStateCycleDocumentAndParagraphTwiceIsAConflictAndWritesNothing() {
        String document = freshDocument();
        record(recommendation(document, "110.2"));
        counts.assertNothingWrittenBy(() -> asEditor().body(recommendation(document, "110.02")).when().post("/api/recommendations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already recorded")));
    }

    @Test
    void aRevisionNeedsTheCurrentStrongETagAndPublishesWhatChanged() {
        Map<String, Object> recorded = recommendation(freshDocument(), "3.1");
        String id = record(recorded);
        Map<String, Object> revision = with(with(revisionOf(recorded), "response", "NOTED"), "sdgTargets", List.of("1.4", "2.3"));

        counts.assertNothingWrittenBy(() -> asEditor().body(revision).when().put("/api/recommendations/" + id)
                .then().statusCode(428).contentType("application/problem+json"));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"7\"").body(revision).when().put("/api/recommendations/" + id)
                .then().statusCode(412).contentType("application/problem+json"));

        StrictIfMatch.onlyTheCurrentETagPasses(counts, etagOf(id), ifMatch -> asEditor().header("If-Match", ifMatch).body(revision)
                .when().put("/api/recommendations/" + id)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("response", equalTo("NOTED")).body("sdgGoals", contains(1, 2)).body("revisedBy", equalTo("editor@test"));

        JsonNode revised = eventOf("RecommendationRevised", id, data -> true);
        assertThat(revised.path("changedFields").toString()).isEqualTo("[\"response\",\"sdgGoals\",\"sdgTargets\"]");
        assertThat(revised.path("response").asText()).isEqualTo("NOTED");
        JsonNode response = eventOf("ResponseRecorded", id, data -> true);
        assertThat(response.path("previousResponse").asText()).isEqualTo("SUPPORTED");
        assertThat(response.path("response").asText()).isEqualTo("NOTED");

        // The same revision again changes nothing: same version, no event.
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"1\"").body(revision).when().put("/api/recommendations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")));
    }

    @Test
    void aChangeOfTranslationsAloneIsKeptButNotPublished() {
        Map<String, Object> recorded = recommendation(freshDocument(), "3.2");
        String id = record(recorded);
        Map<String, Object> revision = with(revisionOf(recorded), "translations",
                Map.of("es", "Acelerar la expedición de títulos de propiedad comunal a las comunidades indígenas"));
        long eventsBefore = counts.now().get("outbox_event");
        asEditor().header("If-Match", etagOf(id)).body(revision).when().put("/api/recommendations/" + id)
                .then().statusCode(200).body("translations.es", startsWith("Acelerar"));
        assertThat(counts.now().get("outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void unknownRecommendationsAreNotFound() {
        given().when().get("/api/recommendations/3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11")
                .then().statusCode(404).contentType("application/problem+json");
        asEditor().header("If-Match", "\"0\"").body(Map.of("mechanism", "UPR", "language", "en", "text", "x"))
                .when().put("/api/recommendations/3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11")
                .then().statusCode(404).contentType("application/problem+json");
    }
}

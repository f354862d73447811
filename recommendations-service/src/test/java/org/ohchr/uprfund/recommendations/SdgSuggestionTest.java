package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.eventOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.recommendation;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.record;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** SDG targets suggested by the lexicon, with their evidence; editors accept (linked, published) or reject them. */
@QuarkusTest
class SdgSuggestionTest {

    @Inject
    TableRowCounts counts;

    private String recordLandTitling() {
        return record(with(with(recommendation(freshDocument(), "110.12"), "text",
                "Accelerate the issuing of communal land titles to indigenous communities and prevent forced evictions"), "sdgTargets", List.of()));
    }

    @Test
    void suggestionsComeWithTheirEvidenceBestFirst() {
        String id = recordLandTitling();
        given().header("Accept-Language", "es").when().get("/api/recommendations/" + id + "/sdg-suggestions").then().statusCode(200)
                .header("Content-Language", "es")
                .body("method", equalTo("lexicon"))
                .body("suggestions.target", contains("11.1", "1.4"))
                .body("suggestions[0].evidence", hasItem("forced evictions"))
                .body("suggestions[0].score", equalTo(5)).body("suggestions[0].confidence", equalTo(0.71f))
                .body("suggestions[1].evidence", hasItem("land titles"))
                .body("suggestions[1].goalTitle", equalTo("Poner fin a la pobreza en todas sus formas en todo el mundo"))
                .body("suggestions.status", contains("OPEN", "OPEN"));
    }

    @Test
    void anAcceptedSuggestionIsLinkedAndPublishedOnce() {
        String id = recordLandTitling();
        asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/11.1/accept").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("target", equalTo("11.1")).body("status", equalTo("LINKED"));
        given().when().get("/api/recommendations/" + id).then().body("sdgTargets", contains("11.1")).body("sdgGoals", contains(11));

        JsonNode accepted = eventOf("SdgLinkAccepted", id, data -> true);
        assertThat(accepted.path("sdgGoal").asInt()).isEqualTo(11);
        assertThat(accepted.path("sdgTarget").asText()).isEqualTo("11.1");
        assertThat(accepted.path("acceptedBy").asText()).isEqualTo("editor@test");
        JsonNode revised = eventOf("RecommendationRevised", id, data -> true);
        assertThat(revised.path("changedFields").toString()).isEqualTo("[\"sdgGoals\",\"sdgTargets\"]");

        // Accepting it again changes nothing.
        counts.assertNothingWrittenBy(() -> asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/11.1/accept")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("LINKED")));
    }

    @Test
    void aRejectedSuggestionIsRememberedAndALinkedOneCannotBeRejected() {
        String id = recordLandTitling();
        asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/1.4/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/11.1/accept").then().statusCode(200);
        given().when().get("/api/recommendations/" + id + "/sdg-suggestions").then()
                .body("suggestions.find { it.target == '1.4' }.status", equalTo("REJECTED"))
                .body("suggestions.find { it.target == '11.1' }.status", equalTo("LINKED"));
        counts.assertNothingWrittenBy(() -> asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/11.1/reject")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("is linked")));
        // An editor may change their mind: a rejected suggestion can still be accepted.
        asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/1.4/accept").then().statusCode(200)
                .body("status", equalTo("LINKED"));
    }

    @Test
    void onlySuggestedTargetsOfTheAgendaAreDecided() {
        String id = recordLandTitling();
        counts.assertNothingWrittenBy(() -> asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/14.1/accept")
                .then().statusCode(409).body("detail", containsString("not among the targets suggested")));
        for (String target : new String[] { "18.1", "5.9", "x" }) {
            counts.assertNothingWrittenBy(() -> asEditor().when().post("/api/recommendations/" + id + "/sdg-suggestions/" + target + "/accept")
                    .then().statusCode(400).body("violations.field", hasItem("target")));
        }
        given().when().get("/api/recommendations/" + UUID.randomUUID() + "/sdg-suggestions").then().statusCode(404);
        counts.assertNothingWrittenBy(() -> asEditor().when().post("/api/recommendations/" + UUID.randomUUID() + "/sdg-suggestions/1.4/reject")
                .then().statusCode(404));
    }

    @Test
    void suggestionsReadEveryLanguageOfTheRecommendation() {
        String id = record(with(with(with(recommendation(freshDocument(), "3"), "language", "zh"), "text", "禁止在所有场合对儿童实施体罚"),
                "translations", Map.of("ar", "ضمان حرية التعبير وحماية الصحفيين")));
        given().when().get("/api/recommendations/" + id + "/sdg-suggestions").then().statusCode(200)
                .body("suggestions.target", hasItem("16.2")).body("suggestions.target", hasItem("16.10"))
                .body("suggestions.find { it.target == '16.2' }.evidence", contains("体罚"));
    }
}

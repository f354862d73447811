package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ApiDocumentRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The service's OpenAPI document, walked operation by operation: what its readers and generated clients rely on. */
@QuarkusTest
class RecommendationApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationKeepsTheApiDocumentRules() throws Exception {
        assertThat(ApiDocumentRules.violationsOf(document())).isEmpty();
    }

    @Test
    void theSchemasOfRecommendationsPlansImportsAndSuggestionsAreDocumented() throws Exception {
        assertThat(document().path("components").path("schemas").fieldNames()).toIterable().contains("Recommendation",
                "NewRecommendation", "RecommendationRevision", "ImplementationPlan", "PlanChanges", "NewStatusChange", "StatusChange",
                "ImportReport", "ImportRow", "RecommendationMatrix", "SdgSuggestions", "SdgSuggestion", "ThemeLabels", "SdgCatalogue",
                "Vocabulary");
    }

    @Test
    void theImportTakesCsvAndTheExportGivesIt() throws Exception {
        JsonNode paths = document().path("paths");
        assertThat(paths.path("/api/recommendations/import").path("post").path("requestBody").path("content").has("text/csv")).isTrue();
        assertThat(paths.path("/api/recommendations/export").path("get").path("responses").path("200").path("content")
                .fieldNames()).toIterable().anyMatch(type -> type.startsWith("text/csv"));
    }

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
    }
}

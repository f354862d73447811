package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ApiDocumentRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    void anOperationAddedWithoutThemBreaksTheRules() throws Exception {
        JsonNode document = document();
        ObjectNode added = ((ObjectNode) document.path("paths")).putObject("/api/added");
        added.set("post", JSON.readTree("""
                {"security": [{"jwt": ["recommendations-editor"]}],
                 "parameters": [{"name": "Idempotency-Key", "in": "header"}, {"name": "If-Match", "in": "header"}],
                 "requestBody": {"content": {"application/json": {}}},
                 "responses": {"201": {"description": "Created", "content": {"application/json": {}}},
                               "400": {"description": "Invalid"}}}"""));
        added.set("get", JSON.readTree("""
                {"responses": {"200": {"description": "OK"}}}"""));

        assertThat(ApiDocumentRules.violationsOf(document)).containsExactlyInAnyOrder(
                "POST /api/added: no operationId",
                "POST /api/added: no summary",
                "POST /api/added: 201 application/json has no example",
                "POST /api/added: 201 declares no Location header",
                "POST /api/added: 400 is not application/problem+json alone",
                "POST /api/added: no 401 response, though it is a secured write",
                "POST /api/added: no 403 response, though it is a secured write",
                "POST /api/added: no 413 response, though it takes a body",
                "POST /api/added: no 422 response, though it takes an Idempotency-Key",
                "POST /api/added: no 412 response, though it takes If-Match",
                "POST /api/added: no 428 response, though it takes If-Match",
                "GET /api/added: no operationId",
                "GET /api/added: no summary",
                "GET /api/added: no 2xx response with content",
                "GET /api/added: neither secured nor marked public (security: [])");
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

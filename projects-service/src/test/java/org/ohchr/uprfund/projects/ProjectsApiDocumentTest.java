package org.ohchr.uprfund.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ApiDocumentRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The service's OpenAPI document, walked operation by operation: what its readers and generated clients rely on. */
@QuarkusTest
class ProjectsApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationKeepsTheApiDocumentRules() throws Exception {
        assertThat(ApiDocumentRules.violationsOf(document())).isEmpty();
    }

    @Test
    void theServicesSchemasAreDocumented() throws Exception {
        assertThat(document().path("components").path("schemas").fieldNames()).toIterable().contains("Project", "NewProject",
                "NewApproval", "Assessment", "CriterionAnswer", "NewStatusChange", "BudgetRevision", "NewBudgetRevision", "ProgressUpdate",
                "NewProgressUpdate", "Indicator", "Expenditure", "NewExpenditure", "NewExpenditureCorrection", "ExpenditureSummary",
                "ClosedPeriods", "SyncBatch", "SyncItem", "SyncResult", "SyncItemResult", "CodeLabels", "StatusLabels", "Problem");
    }

    @Test
    void theBatchDocumentsItsItemLimit() throws Exception {
        JsonNode sync = document().path("paths").path("/api/field-updates/sync").path("post");
        assertThat(sync.path("description").asText()).contains("1 to 500 items").contains("more than 500");
        assertThat(sync.path("responses").has("400")).isTrue();
        assertThat(sync.path("responses").has("413")).isTrue();
    }

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
    }
}

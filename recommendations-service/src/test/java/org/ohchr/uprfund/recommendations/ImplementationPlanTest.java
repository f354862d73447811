package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.eventOf;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.newRecommendation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.StrictIfMatch;
import org.ohchr.uprfund.testing.TableRowCounts;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Implementation plans: written with If-Match; status changes kept as history (append-only) and published. */
@QuarkusTest
class ImplementationPlanTest {

    private static final Map<String, Object> PLAN = Map.of("priority", "HIGH",
            "responsibleInstitutions", List.of("Ministry of Land Management", "Cambodian Human Rights Committee"),
            "plannedStart", "2021-01-01", "plannedEnd", "2022-12-31", "resourcesNeeded", "Two land-titling officers per province",
            "indicators", List.of("Number of communal land titles issued to indigenous communities"));

    @Inject
    TableRowCounts counts;

    @Inject
    EntityManager entityManager;

    @Test
    void everyRecommendationHasAPlanEmptyUntilWritten() {
        String id = newRecommendation();
        given().when().get("/api/implementation-plans/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("priority", nullValue()).body("responsibleInstitutions", empty()).body("implementationStatus", equalTo("NOT_STARTED"))
                .body("updatedAt", nullValue());
        given().when().get("/api/implementation-plans/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPlanIsWrittenAgainstItsCurrentStrongETag() {
        String id = newRecommendation();
        counts.assertNothingWrittenBy(() -> asEditor().body(PLAN).when().put("/api/implementation-plans/" + id).then().statusCode(428));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"3\"").body(PLAN).when().put("/api/implementation-plans/" + id)
                .then().statusCode(412).contentType("application/problem+json"));
        StrictIfMatch.onlyTheCurrentETagPasses(counts, "\"0\"", ifMatch -> asEditor().header("If-Match", ifMatch).body(PLAN)
                .when().put("/api/implementation-plans/" + id)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("priority", equalTo("HIGH")).body("responsibleInstitutions", hasItem("Ministry of Land Management"))
                .body("plannedEnd", equalTo("2022-12-31")).body("updatedBy", equalTo("editor@test"));
        // The plan's version is the recommendation's: the recommendation moved on with it.
        given().when().get("/api/recommendations/" + id).then().header("ETag", equalTo("\"1\""));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"1\"")
                .body(Map.of("plannedStart", "2022-01-01", "plannedEnd", "2021-12-31")).when().put("/api/implementation-plans/" + id)
                .then().statusCode(400).body("violations.field", hasItem("plannedEnd")));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"1\"").body(Map.of("priority", "URGENT"))
                .when().put("/api/implementation-plans/" + id).then().statusCode(400).body("violations.field", hasItem("priority")));
    }

    @Test
    void aStatusChangeNeedsTheCurrentStrongETagIsKeptAsHistoryAndPublished() {
        String id = newRecommendation();
        Map<String, Object> inProgress = Map.of("status", "IN_PROGRESS", "note", "Consultations with the provinces began");
        counts.assertNothingWrittenBy(() -> asEditor().body(inProgress).when().post("/api/implementation-plans/" + id + "/status-changes")
                .then().statusCode(428).contentType("application/problem+json"));

        String location = StrictIfMatch.onlyTheCurrentETagPasses(counts, "\"0\"", ifMatch -> asEditor().header("If-Match", ifMatch)
                .body(inProgress).when().post("/api/implementation-plans/" + id + "/status-changes"))
                .then().statusCode(201).header("ETag", equalTo("\"1\""))
                .body("previousStatus", equalTo("NOT_STARTED")).body("status", equalTo("IN_PROGRESS")).body("changedBy", equalTo("editor@test"))
                .extract().header("Location");
        assertThat(location).contains("/api/implementation-plans/" + id + "/status-changes/");

        // A second editor still holding version 0 is refused: nothing is written.
        Map<String, Object> implemented = Map.of("status", "IMPLEMENTED", "evidence", "https://www.example.gov.kh/land/titles-2021.pdf");
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"0\"").body(implemented).when()
                .post("/api/implementation-plans/" + id + "/status-changes").then().statusCode(412)
                .body("type", equalTo("https://upr-fund.example/problems/precondition-failed")));

        asEditor().header("If-Match", "\"1\"").body(implemented).when().post("/api/implementation-plans/" + id + "/status-changes")
                .then().statusCode(201).header("ETag", equalTo("\"2\""));

        given().when().get("/api/implementation-plans/" + id + "/status-changes").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", contains("IN_PROGRESS", "IMPLEMENTED"))
                .body("items[1].evidence", equalTo("https://www.example.gov.kh/land/titles-2021.pdf"));
        given().when().get(location.replaceAll("^https?://[^/]+", "")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().queryParam("implementationStatus", "IMPLEMENTED").queryParam("documentSymbol",
                (String) given().when().get("/api/recommendations/" + id).then().extract().path("documentSymbol"))
                .when().get("/api/recommendations").then().body("total", equalTo(1));

        JsonNode event = eventOf("ImplementationStatusChanged", id, data -> data.path("status").asText().equals("IMPLEMENTED"));
        assertThat(event.path("previousStatus").asText()).isEqualTo("IN_PROGRESS");
        assertThat(event.path("evidence").asText()).isEqualTo("https://www.example.gov.kh/land/titles-2021.pdf");
        assertThat(event.path("stateUnderReview").asText()).isEqualTo("KHM");
    }

    @Test
    void implementedNeedsEvidenceAndTheSameStatusTwiceIsAConflict() {
        String id = newRecommendation();
        String path = "/api/implementation-plans/" + id + "/status-changes";
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"0\"").body(Map.of("status", "IMPLEMENTED")).when().post(path)
                .then().statusCode(400).body("violations.field", hasItem("evidence")));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"0\"")
                .body(Map.of("status", "PARTIALLY_IMPLEMENTED", "evidence", "javascript:alert(1)")).when().post(path)
                .then().statusCode(400).body("violations.message", hasItem(containsString("http or https link"))));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"0\"").body(Map.of("status", "NOT_STARTED")).when().post(path)
                .then().statusCode(409).contentType("application/problem+json"));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"0\"").body(Map.of("status", "FINISHED")).when().post(path)
                .then().statusCode(400).body("violations.field", hasItem("status")));
        counts.assertNothingWrittenBy(() -> asEditor().header("If-Match", "\"0\"").body(Map.of("note", "no status")).when().post(path)
                .then().statusCode(400).body("violations.field", hasItem("status")));
    }

    @Test
    void historyIsNeverChangedNorRemoved() {
        String id = newRecommendation();
        asEditor().header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS")).when()
                .post("/api/implementation-plans/" + id + "/status-changes").then().statusCode(201);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE implementation_status_change SET status = 'IMPLEMENTED' WHERE recommendation_id = CAST(:id AS uuid)")
                .setParameter("id", id).executeUpdate())).hasStackTraceContaining("never updated or deleted");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "DELETE FROM implementation_status_change WHERE recommendation_id = CAST(:id AS uuid)")
                .setParameter("id", id).executeUpdate())).hasStackTraceContaining("never updated or deleted");
        given().when().get("/api/implementation-plans/" + id + "/status-changes").then().body("items.status", contains("IN_PROGRESS"));
    }

    @Test
    void plansAreListedByTheirFilters() {
        String id = newRecommendation();
        asEditor().header("If-Match", "\"0\"").body(PLAN).when().put("/api/implementation-plans/" + id).then().statusCode(200);
        given().queryParam("institution", "land manag").queryParam("priority", "HIGH").queryParam("state", "KHM")
                .when().get("/api/implementation-plans").then().statusCode(200).body("items.recommendationId", hasItem(id));
        given().queryParam("institution", "ministry of nothing").when().get("/api/implementation-plans").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("state", "ATL").when().get("/api/implementation-plans").then().statusCode(400);
    }
}

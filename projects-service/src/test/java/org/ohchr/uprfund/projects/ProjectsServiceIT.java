package org.ohchr.uprfund.projects;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFieldOffice;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.expenditure;
import static org.ohchr.uprfund.projects.ProjectTestRequests.publishedEvent;
import static org.ohchr.uprfund.projects.ProjectTestRequests.schemaValidData;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TopicWriter;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged service, as it ships: it starts on its own database and answers its health checks; a project is
 * approved and activated, a field office sends a batch from the field, a closing of the books arrives from
 * contributions-service's topic and is enforced, and the events reach the broker.
 */
@QuarkusIntegrationTest
class ProjectsServiceIT {

    private static final LocalDate DAY = LocalDate.of(2021, 11, 3);

    @Test
    void thePackagedServiceStartsAndIsReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("UPR Voluntary Fund: projects"));
    }

    @Test
    void aFieldOfficesBatchIsRecordedOnceAndItsProjectAddsUp() {
        String projectId = activeProject("SRB");
        List<Map<String, Object>> items = List.of(
                FieldUpdateSyncTest.updateItem(projectId, "Mid-term report drafted with the national mechanism"),
                FieldUpdateSyncTest.expenditureItem(expenditure(projectId, DAY, "CONTRACTUAL_SERVICES", "2500.00")),
                FieldUpdateSyncTest.expenditureItem(expenditure(projectId, DAY, "STAFF_TRAVEL", "410.50")),
                FieldUpdateSyncTest.expenditureItem(expenditure(null, DAY, "STAFF", "1.00")));

        asFieldOffice("SRB").body(Map.of("items", items)).when().post("/api/field-updates/sync").then().statusCode(200)
                .body("created", equalTo(3), "refused", equalTo(1), "items[3].status", equalTo(403));
        asFieldOffice("SRB").body(Map.of("items", items)).when().post("/api/field-updates/sync").then().statusCode(200)
                .body("replayed", equalTo(3), "created", equalTo(0));

        api().when().get("/api/projects/" + projectId).then().statusCode(200)
                .body("spentUsd", equalTo(new BigDecimal("2910.50")), "deliveryRate", equalTo(new BigDecimal("0.0291")));
        String updateId = api().when().get("/api/projects/" + projectId + "/updates").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        schemaValidData(publishedEvent(projectId, "ProgressReported", updateId), "ProgressReported");
    }

    @Test
    void aClosingOfTheBooksFromContributionsIsEnforced() {
        UUID eventId = UUID.randomUUID();
        TopicWriter.sendCloudEvent("fund.contributions.v1", "00000000-0000-0000-0000-00000000b00c", """
                {"specversion": "1.0", "id": "%s", "source": "/upr-fund/contributions-service",
                 "type": "org.ohchr.uprfund.contributions.AccountingYearClosed", "subject": "00000000-0000-0000-0000-00000000b00c",
                 "time": "%s", "datacontenttype": "application/json",
                 "data": {"year": 1999, "closedThrough": "1999-12-31", "note": null, "closedAt": "%s"}}"""
                .formatted(eventId, Instant.now(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api().when().get("/api/expenditures/closed-periods").then()
                .body("closedThrough", equalTo("1999-12-31")));
        asFundManager().body(expenditure(null, LocalDate.of(1999, 12, 31), "STAFF", "1.00")).when().post("/api/expenditures")
                .then().statusCode(409).body("type", equalTo("https://upr-fund.example/problems/period-closed"));
        asFundManager().body(expenditure(null, LocalDate.of(2000, 1, 1), "STAFF", "1.00")).when().post("/api/expenditures")
                .then().statusCode(201);
    }
}

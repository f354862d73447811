package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.projects.ProjectTestRequests.PROBLEM;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.as;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFieldOffice;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.correction;
import static org.ohchr.uprfund.projects.ProjectTestRequests.expenditure;
import static org.ohchr.uprfund.projects.ProjectTestRequests.moveTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.propose;
import static org.ohchr.uprfund.projects.ProjectTestRequests.spend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Expenditure: project-level and fund-level entries, corrections that never take back more than remains, and the sums. */
@QuarkusTest
class ExpenditureResourceTest {

    private static final LocalDate DAY = LocalDate.of(2021, 4, 15);

    @Inject
    TableRowCounts entries;

    @Inject
    EntityManager database;

    @Test
    void projectExpenditureIsRecordedWithItsStateAndReadBack() {
        String projectId = activeProject("SLE");
        Map<String, Object> body = expenditure(projectId, DAY, "CONTRACTUAL_SERVICES", "12500.00");
        body.put("reference", "PO-2021-0007");
        Response created = asFundManager().body(body).when().post("/api/expenditures");
        String id = created.then().statusCode(201).header("Location", endsWith("/api/expenditures/" + created.path("id")))
                .body("projectId", equalTo(projectId), "iso3", equalTo("SLE"), "amountUsd", equalTo(new BigDecimal("12500.00")),
                        "costCategory", equalTo("CONTRACTUAL_SERVICES"), "correctedUsd", equalTo(new BigDecimal("0.00")),
                        "remainingUsd", equalTo(new BigDecimal("12500.00")), "correctsExpenditureId", nullValue())
                .extract().path("id");
        api().when().get("/api/expenditures/" + id).then().statusCode(200).body("reference", equalTo("PO-2021-0007"));
        api().when().get("/api/projects/" + projectId + "/expenditures").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)), "total", equalTo(1));
    }

    @Test
    void fundLevelExpenditureHasNoProjectAndProgrammeSupportIsACategory() {
        String id = spend(null, DAY, "PROGRAMME_SUPPORT", "58973.51");
        api().when().get("/api/expenditures/" + id).then().statusCode(200)
                .body("projectId", nullValue(), "iso3", nullValue(), "costCategory", equalTo("PROGRAMME_SUPPORT"));
        assertThat((List<String>) api().queryParam("level", "FUND").queryParam("category", "PROGRAMME_SUPPORT").queryParam("size", 200)
                .when().get("/api/expenditures").then().statusCode(200).extract().path("items.id")).contains(id);
        assertThat((List<String>) api().queryParam("level", "PROJECT").queryParam("size", 200)
                .when().get("/api/expenditures").then().statusCode(200).extract().path("items.id")).doesNotContain(id);
    }

    @Test
    void aCorrectionIsANegativeEntryOfTheOriginalsCategoryAndProject() {
        String projectId = activeProject("GNB");
        String original = spend(projectId, DAY, "STAFF_TRAVEL", "1000.00");
        Response corrected = correct(original, correction(DAY.plusDays(5), "400.00"));
        corrected.then().statusCode(201).header("Location", endsWith("/api/expenditures/" + corrected.path("id")))
                .body("amountUsd", equalTo(new BigDecimal("-400.00")), "costCategory", equalTo("STAFF_TRAVEL"), "projectId", equalTo(projectId),
                        "iso3", equalTo("GNB"), "correctsExpenditureId", equalTo(original), "correctedUsd", nullValue(),
                        "description", equalTo("Refund received"));
        api().when().get("/api/expenditures/" + original).then().statusCode(200)
                .body("correctedUsd", equalTo(new BigDecimal("400.00")), "remainingUsd", equalTo(new BigDecimal("600.00")));

        nothingWritten(() -> correct(original, correction(DAY.plusDays(6), "600.01")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("Only 600.00 USD")));
        nothingWritten(() -> correct(original, correction(DAY.plusDays(6), "1000.01")).then().statusCode(400)
                .body("violations[0].field", equalTo("amountUsd")));
        correct(original, correction(DAY.plusDays(7), null)).then().statusCode(201).body("amountUsd", equalTo(new BigDecimal("-600.00")));
        nothingWritten(() -> correct(original, correction(DAY.plusDays(8), null)).then().statusCode(409)
                .body("detail", containsString("already corrected in full")));
        nothingWritten(() -> correct(corrected.path("id"), correction(DAY.plusDays(8), "1.00")).then().statusCode(409)
                .body("detail", containsString("itself a correction")));
        api().when().get("/api/projects/" + projectId).then().body("spentUsd", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void aRepeatedCorrectionIsRefusedNotRecordedTwice() {
        String original = spend(null, DAY, "GRANTS", "13218.62");
        correct(original, correction(DAY, "13218.62")).then().statusCode(201);
        nothingWritten(() -> correct(original, correction(DAY, "13218.62")).then().statusCode(409).contentType(PROBLEM));
    }

    @Test
    void correctionsAreDatedOnOrAfterTheOriginalAndInvalidOnesAreRefused() {
        String original = spend(null, DAY, "STAFF", "50.00");
        nothingWritten(() -> correct(original, correction(DAY.minusDays(1), "1.00")).then().statusCode(400)
                .body("violations[0].field", equalTo("spentOn")));
        nothingWritten(() -> correct(original, correction(DAY, "-1.00")).then().statusCode(400).body("violations[0].field", equalTo("amountUsd")));
        nothingWritten(() -> correct(original, correction(DAY, "0.001")).then().statusCode(400).body("violations[0].field", equalTo("amountUsd")));
        Map<String, Object> noReason = correction(DAY, "1.00");
        noReason.remove("reason");
        nothingWritten(() -> correct(original, noReason).then().statusCode(400).body("violations[0].field", equalTo("reason")));
        nothingWritten(() -> correct(UUID.randomUUID().toString(), correction(DAY, "1.00")).then().statusCode(404).contentType(PROBLEM));
    }

    @Test
    void expenditureOnACancelledUnknownOrUnapprovedProjectIsRefused() {
        String cancelled = activeProject("SDN");
        moveTo(cancelled, "CANCELLED", "Suspended by the State").then().statusCode(200);
        nothingWritten(() -> record(expenditure(cancelled, DAY, "STAFF", "1.00")).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("CANCELLED")));
        nothingWritten(() -> record(expenditure(UUID.randomUUID().toString(), DAY, "STAFF", "1.00")).statusCode(404).contentType(PROBLEM));
        String proposed = propose("SDN");
        nothingWritten(() -> record(expenditure(proposed, DAY, "STAFF", "1.00")).statusCode(409).body("detail", containsString("PROPOSED")));
    }

    @Test
    void expenditureOfACancelledOrCompletedProjectIsCorrectedAndRefundedByAFundManagerOnly() {
        for (String status : List.of("CANCELLED", "COMPLETED")) {
            String projectId = activeProject("SDN");
            String original = spend(projectId, DAY, "CONTRACTUAL_SERVICES", "2500.00");
            moveTo(projectId, status, "Over before the training was held").then().statusCode(200);

            nothingWritten(() -> asFieldOffice("SDN").body(correction(DAY, "1.00")).when().post("/api/expenditures/" + original + "/corrections")
                    .then().statusCode(403).contentType(PROBLEM).body("detail", containsString(status)));
            nothingWritten(() -> as(TestTokens.recommendationsEditor()).body(correction(DAY, "1.00")).when().post("/api/expenditures/" + original + "/corrections")
                    .then().statusCode(403).contentType(PROBLEM));
            correct(original, correction(DAY.plusDays(3), "2000.00")).then().statusCode(201)
                    .body("amountUsd", equalTo(new BigDecimal("-2000.00")), "projectId", equalTo(projectId), "correctsExpenditureId", equalTo(original));
            correct(original, correction(DAY.plusDays(4), null)).then().statusCode(201).body("amountUsd", equalTo(new BigDecimal("-500.00")));
            api().when().get("/api/projects/" + projectId).then().statusCode(200)
                    .body("status", equalTo(status), "spentUsd", equalTo(new BigDecimal("0.00")));
        }
    }

    @Test
    void aFieldOfficeCorrectsTheExpenditureOfItsRunningProject() {
        String projectId = activeProject("SDN");
        String original = spend(projectId, DAY, "STAFF", "100.00");
        asFieldOffice("SDN").body(correction(DAY, "40.00")).when().post("/api/expenditures/" + original + "/corrections").then().statusCode(201)
                .body("amountUsd", equalTo(new BigDecimal("-40.00")));
    }

    @Test
    void invalidEntriesAreRefusedNamingTheField() {
        refused(expenditure(null, DAY, "STAFF", "0.00"), "amountUsd");
        refused(expenditure(null, DAY, "STAFF", "-5647.59"), "amountUsd");
        refused(expenditure(null, DAY, "STAFF", "10.005"), "amountUsd");
        refused(expenditure(null, DAY, "STAFF", "1000000000000000"), "amountUsd");
        refused(expenditure(null, LocalDate.now().plusDays(3), "STAFF", "1.00"), "spentOn");
        Map<String, Object> noDescription = expenditure(null, DAY, "STAFF", "1.00");
        noDescription.put("description", "");
        refused(noDescription, "description");
        Map<String, Object> halfLabel = expenditure(null, DAY, "STAFF", "1.00");
        halfLabel.put("reconciliation", Map.of("line", "STAFF"));
        refused(halfLabel, "reconciliation.note");
        halfLabel.put("reconciliation", Map.of("note", "Table 1"));
        refused(halfLabel, "reconciliation.line");
    }

    @Test
    void theIdempotencyKeyIsRequiredAndAReplayWritesNothing() {
        Map<String, Object> body = expenditure(null, DAY, "EQUIPMENT", "700.00");
        nothingWritten(() -> api().auth().oauth2(TestTokens.fundManager()).contentType("application/json")
                .body(body).when().post("/api/expenditures").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("Idempotency-Key")));
        String key = UUID.randomUUID().toString();
        String id = asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/expenditures").then().statusCode(201)
                .extract().path("id");
        nothingWritten(() -> asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/expenditures")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id)));
    }

    @Test
    void theSummaryAddsEveryCategoryAndYearFromTheEntries() {
        String projectId = activeProject("TKM");
        spend(projectId, LocalDate.of(2021, 2, 1), "STAFF", "1000.10");
        spend(projectId, LocalDate.of(2021, 3, 1), "STAFF", "999.90");
        String travel = spend(projectId, LocalDate.of(2022, 1, 10), "PARTICIPANT_TRAVEL", "300.00");
        correct(travel, correction(LocalDate.of(2022, 2, 1), "300.00")).then().statusCode(201);
        spend(projectId, LocalDate.of(2022, 2, 1), "PROGRAMME_SUPPORT", "169.00");

        api().queryParam("projectId", projectId).header("Accept-Language", "fr").when().get("/api/expenditures/summary").then()
                .statusCode(200).header("Content-Language", "fr")
                .body("byCategory", hasSize(9), "byCategory.category", equalTo(List.of("STAFF", "OTHER_PERSONNEL", "STAFF_TRAVEL",
                                "PARTICIPANT_TRAVEL", "CONTRACTUAL_SERVICES", "GENERAL_OPERATING", "EQUIPMENT", "GRANTS", "PROGRAMME_SUPPORT")),
                        "byCategory[0].amountUsd", equalTo(new BigDecimal("2000.00")), "byCategory[0].entries", equalTo(2),
                        "byCategory[0].label", equalTo("Dépenses de personnel"),
                        "byCategory[3].amountUsd", equalTo(new BigDecimal("0.00")), "byCategory[3].entries", equalTo(2),
                        "byCategory[6].amountUsd", equalTo(new BigDecimal("0.00")), "byCategory[6].entries", equalTo(0),
                        "byYear.year", equalTo(List.of(2021, 2022)), "byYear.amountUsd", equalTo(List.of(new BigDecimal("2000.00"),
                                new BigDecimal("169.00"))),
                        "totalUsd", equalTo(new BigDecimal("2169.00")), "entries", equalTo(5));
        api().queryParam("projectId", projectId).queryParam("from", "2022-01-01").queryParam("to", "2022-01-31")
                .when().get("/api/expenditures/summary").then().statusCode(200)
                .body("totalUsd", equalTo(new BigDecimal("300.00")), "from", equalTo("2022-01-01"));
        api().queryParam("projectId", UUID.randomUUID()).when().get("/api/expenditures/summary").then().statusCode(404);
        api().queryParam("level", "NEITHER").when().get("/api/expenditures/summary").then().statusCode(400)
                .body("violations[0].field", equalTo("level"));
    }

    @Test
    void fundLevelSumsOfAYearAreTheSumOfItsLines() {
        LocalDate day = LocalDate.of(2011, 12, 31);
        spend(null, day, "STAFF", "317975.13");
        String travel = spend(null, LocalDate.of(2011, 1, 31), "PARTICIPANT_TRAVEL", "5647.59");
        correct(travel, correction(day, null)).then().statusCode(201);
        spend(null, day, "PROGRAMME_SUPPORT", "58973.51");
        api().queryParam("level", "FUND").queryParam("from", "2011-01-01").queryParam("to", "2011-12-31")
                .when().get("/api/expenditures/summary").then().statusCode(200)
                .body("totalUsd", equalTo(new BigDecimal("376948.64")), "byYear[0].amountUsd", equalTo(new BigDecimal("376948.64")),
                        "level", equalTo("FUND"));
    }

    @Test
    void listsFilterAndPagesPastTheEndAreEmpty() {
        String projectId = activeProject("YEM");
        spend(projectId, LocalDate.of(2021, 5, 1), "GRANTS", "10.00");
        spend(projectId, LocalDate.of(2021, 5, 2), "STAFF", "20.00");
        Map<String, Object> labelled = expenditure(projectId, LocalDate.of(2021, 5, 3), "STAFF", "30.00");
        labelled.put("reconciliation", Map.of("line", "GRANTS", "note", "Reconciles with the report"));
        asFundManager().body(labelled).when().post("/api/expenditures").then().statusCode(201);

        api().queryParam("projectId", projectId).queryParam("category", "STAFF").when().get("/api/expenditures").then().statusCode(200)
                .body("items.amountUsd", equalTo(List.of(new BigDecimal("20.00"), new BigDecimal("30.00"))));
        api().queryParam("iso3", "yem").queryParam("reconciliation", true).queryParam("size", 200).when().get("/api/expenditures")
                .then().statusCode(200).body("items.reconciliation.line", hasItem("GRANTS"));
        api().queryParam("projectId", projectId).queryParam("from", "2021-05-02").queryParam("to", "2021-05-02").when()
                .get("/api/expenditures").then().body("total", equalTo(1));
        api().queryParam("projectId", projectId).queryParam("size", 2).queryParam("page", 1).when().get("/api/expenditures").then()
                .body("items", hasSize(1), "total", equalTo(3));
        api().queryParam("projectId", projectId).queryParam("size", 2).queryParam("page", 50).when().get("/api/expenditures").then()
                .statusCode(200).body("items", hasSize(0), "total", equalTo(3));
        api().queryParam("projectId", "nope").when().get("/api/expenditures").then().statusCode(400).body("violations[0].field", equalTo("projectId"));
        api().queryParam("projectId", UUID.randomUUID()).when().get("/api/expenditures").then().statusCode(404);
        api().when().get("/api/projects/" + UUID.randomUUID() + "/expenditures").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        String projectId = activeProject("BRA");
        String id = spend(projectId, DAY, "STAFF", "10.00");
        asFundManager().header("If-Match", ProjectTestRequests.etag(projectId))
                .body(Map.of("revisedBudgetUsd", 5, "effectiveOn", "2021-06-01", "reason", "Cut"))
                .when().post("/api/projects/" + projectId + "/budget-revisions").then().statusCode(201);
        asFundManager().body(ProjectTestRequests.update(DAY, DAY, "Reported")).when().post("/api/projects/" + projectId + "/updates")
                .then().statusCode(201);
        String project = " WHERE project_id = '" + projectId + "'";
        for (String sql : List.of("UPDATE expenditure SET amount_usd = 1 WHERE id = '" + id + "'",
                "DELETE FROM expenditure WHERE id = '" + id + "'",
                "UPDATE budget_revision SET reason = 'x'" + project, "DELETE FROM budget_revision" + project,
                "UPDATE progress_update SET narrative = 'x'" + project, "DELETE FROM progress_update" + project,
                "UPDATE project_status_change SET reason = 'x'" + project, "DELETE FROM project WHERE id = '" + projectId + "'")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery(sql).executeUpdate()))
                    .as(sql).hasStackTraceContaining("never updated or deleted");
        }
        api().when().get("/api/expenditures/" + id).then().statusCode(200).body("amountUsd", equalTo(new BigDecimal("10.00")));
    }

    private static Response correct(String id, Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/expenditures/" + id + "/corrections");
    }

    private static ValidatableResponse record(Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/expenditures").then();
    }

    private void refused(Map<String, Object> body, String field) {
        nothingWritten(() -> record(body).statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(field)));
    }

    private void nothingWritten(Runnable request) {
        entries.assertNothingWrittenBy(request);
    }
}

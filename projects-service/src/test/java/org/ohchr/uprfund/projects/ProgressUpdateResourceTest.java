package org.ohchr.uprfund.projects;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.ohchr.uprfund.projects.ProjectTestRequests.PROBLEM;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFieldOffice;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.moveTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.propose;
import static org.ohchr.uprfund.projects.ProjectTestRequests.update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Field offices' progress updates: recorded for their own States' approved projects, read back as a timeline. */
@QuarkusTest
class ProgressUpdateResourceTest {

    private static final LocalDate JAN = LocalDate.of(2021, 1, 1);

    @Inject
    TableRowCounts entries;

    @Test
    void aFieldOfficeReportsOnItsStatesProjectAndTheUpdateIsReadBack() {
        String projectId = activeProject("KEN");
        Map<String, Object> body = update(JAN, LocalDate.of(2021, 3, 31), "Focal points trained in three counties.");
        body.put("status", "MINOR_DELAYS");
        UUID recommendation = UUID.randomUUID();
        body.put("recommendationIds", List.of(recommendation.toString()));
        body.put("indicators", List.of(
                indicator("Focal points trained", "people", "0", "60", "45"),
                indicator("Share of recommendations with a responsible ministry", "percent", "12.50", "80.0", null)));
        Response created = asFieldOffice("KEN", "UGA").body(body).when().post("/api/projects/" + projectId + "/updates");
        String id = created.then().statusCode(201)
                .header("Location", endsWith("/api/projects/" + projectId + "/updates/" + created.path("id")))
                .body("iso3", equalTo("KEN"), "status", equalTo("MINOR_DELAYS"), "reportedBy", equalTo("field-office@test"),
                        "indicators", hasSize(2), "indicators[1].baseline", equalTo(new BigDecimal("12.50")),
                        "indicators[1].actual", equalTo(null), "recommendationIds", equalTo(List.of(recommendation.toString())))
                .extract().path("id");
        api().when().get("/api/projects/" + projectId + "/updates/" + id).then().statusCode(200)
                .body("narrative", equalTo("Focal points trained in three counties."), "indicators[0].name", equalTo("Focal points trained"),
                        "indicators[1].target", equalTo(new BigDecimal("80.0")));
    }

    @Test
    void theTimelineIsInPeriodOrderFiltersByOverlapAndPages() {
        String projectId = activeProject("MDG");
        report(projectId, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30), "Third quarter");
        report(projectId, JAN, LocalDate.of(2021, 3, 31), "First quarter");
        report(projectId, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30), "Second quarter");

        api().when().get("/api/projects/" + projectId + "/updates").then().statusCode(200)
                .body("total", equalTo(3), "items.narrative", equalTo(List.of("First quarter", "Second quarter", "Third quarter")));
        api().queryParam("from", "2021-05-01").queryParam("to", "2021-07-15").when().get("/api/projects/" + projectId + "/updates")
                .then().statusCode(200).body("items.narrative", equalTo(List.of("Second quarter", "Third quarter")));
        api().queryParam("size", 2).queryParam("page", 1).when().get("/api/projects/" + projectId + "/updates").then().statusCode(200)
                .body("items.narrative", equalTo(List.of("Third quarter")), "total", equalTo(3));
        api().queryParam("size", 2).queryParam("page", 9).when().get("/api/projects/" + projectId + "/updates").then().statusCode(200)
                .body("items", hasSize(0), "total", equalTo(3));
        api().queryParam("from", "2021-07-15").queryParam("to", "2021-05-01").when().get("/api/projects/" + projectId + "/updates")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("to"));
    }

    @Test
    void anUpdateForAnotherStatesProjectIsForbiddenAndWritesNothing() {
        String projectId = activeProject("NGA");
        nothingWritten(() -> asFieldOffice("KEN").body(update(JAN, JAN.plusDays(30), "Not ours"))
                .when().post("/api/projects/" + projectId + "/updates")
                .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("https://upr-fund.example/problems/forbidden")));
        nothingWritten(() -> asFieldOffice().body(update(JAN, JAN.plusDays(30), "No States at all"))
                .when().post("/api/projects/" + projectId + "/updates").then().statusCode(403));
    }

    @Test
    void anUpdateForAnUnknownProjectIsNotFoundForEveryone() {
        String unknown = UUID.randomUUID().toString();
        for (RequestSpecification caller : List.of(asFundManager(), asFieldOffice("KEN"))) {
            nothingWritten(() -> caller.body(update(JAN, JAN.plusDays(30), "Nowhere")).when().post("/api/projects/" + unknown + "/updates")
                    .then().statusCode(404).contentType(PROBLEM));
        }
    }

    @Test
    void progressIsReportedOnApprovedProjectsOnly() {
        String proposed = propose("DOM");
        nothingWritten(() -> asFundManager().body(update(JAN, JAN.plusDays(30), "Too early"))
                .when().post("/api/projects/" + proposed + "/updates").then().statusCode(409).contentType(PROBLEM));
        String cancelled = activeProject("DOM");
        moveTo(cancelled, "CANCELLED", "Withdrawn").then().statusCode(200);
        nothingWritten(() -> asFundManager().body(update(JAN, JAN.plusDays(30), "Too late"))
                .when().post("/api/projects/" + cancelled + "/updates").then().statusCode(409));
    }

    @Test
    void invalidUpdatesAreRefusedNamingTheField() {
        String projectId = activeProject("BLZ");
        refused(projectId, update(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 5, 31), "Backwards"), "periodEnd");
        refused(projectId, update(LocalDate.now().plusDays(3), LocalDate.now().plusDays(30), "Future"), "periodStart");
        refused(projectId, update(JAN, JAN, " "), "narrative");
        refused(projectId, update(JAN, JAN, "x".repeat(20001)), "narrative");
        Map<String, Object> noStatus = update(JAN, JAN, "No status");
        noStatus.remove("status");
        refused(projectId, noStatus, "status");
        Map<String, Object> absurd = update(JAN, JAN, "Too precise");
        absurd.put("indicators", List.of(indicator("Share", "percent", "0.1234567", null, null)));
        refused(projectId, absurd, "indicators[0].baseline");
        Map<String, Object> nameless = update(JAN, JAN, "Nameless");
        nameless.put("indicators", List.of(indicator(" ", "people", null, null, "3")));
        refused(projectId, nameless, "indicators[0].name");
        Map<String, Object> tooMany = update(JAN, JAN, "Too many indicators");
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            indicators.add(indicator("Indicator " + i, "count", null, null, "1"));
        }
        tooMany.put("indicators", indicators);
        refused(projectId, tooMany, "indicators");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstUpdate() {
        String projectId = activeProject("BTN");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = update(JAN, JAN.plusDays(10), "Sent twice over a poor line");
        String first = asFieldOffice("BTN").header("Idempotency-Key", key).body(body).when().post("/api/projects/" + projectId + "/updates")
                .then().statusCode(201).extract().path("id");
        nothingWritten(() -> asFieldOffice("BTN").header("Idempotency-Key", key).body(body).when()
                .post("/api/projects/" + projectId + "/updates").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first)));
        Map<String, Object> other = update(JAN, JAN.plusDays(10), "Another text with the same key");
        nothingWritten(() -> asFieldOffice("BTN").header("Idempotency-Key", key).body(other).when()
                .post("/api/projects/" + projectId + "/updates").then().statusCode(422).contentType(PROBLEM));
    }

    private static Map<String, Object> indicator(String name, String unit, String baseline, String target, String actual) {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("name", name);
        indicator.put("unit", unit);
        indicator.put("baseline", baseline == null ? null : new BigDecimal(baseline));
        indicator.put("target", target == null ? null : new BigDecimal(target));
        indicator.put("actual", actual == null ? null : new BigDecimal(actual));
        return indicator;
    }

    private static void report(String projectId, LocalDate start, LocalDate end, String narrative) {
        asFundManager().body(update(start, end, narrative)).when().post("/api/projects/" + projectId + "/updates").then().statusCode(201);
    }

    private void refused(String projectId, Map<String, Object> body, String field) {
        nothingWritten(() -> asFundManager().body(body).when().post("/api/projects/" + projectId + "/updates")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(field)));
    }

    private void nothingWritten(Runnable request) {
        entries.assertNothingWrittenBy(request);
    }
}

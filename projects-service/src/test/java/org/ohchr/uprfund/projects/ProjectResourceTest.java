package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.projects.ProjectTestRequests.PROBLEM;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.approval;
import static org.ohchr.uprfund.projects.ProjectTestRequests.approve;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.etag;
import static org.ohchr.uprfund.projects.ProjectTestRequests.moveTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.proposal;
import static org.ohchr.uprfund.projects.ProjectTestRequests.propose;
import static org.ohchr.uprfund.projects.ProjectTestRequests.spend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.StrictIfMatch;
import org.ohchr.uprfund.testing.TableRowCounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Projects: proposal, approval, lifecycle, budget revisions and the figures summed from the entries; and what is refused. */
@QuarkusTest
class ProjectResourceTest {

    @Inject
    TableRowCounts entries;

    @Test
    void aProposalIsReadBackWithItsVersionAndLink() {
        Map<String, Object> body = proposal("KHM");
        body.put("strategicArea", "IMPLEMENTATION_PLAN");
        body.put("fieldPresence", "OHCHR Country Office in Cambodia");
        body.put("plannedStart", "2021-03-01");
        body.put("plannedEnd", "2022-02-28");
        body.put("genderMarker", 2);
        body.put("sdgGoals", List.of(16, 5, 16));
        Response created = asFundManager().body(body).when().post("/api/projects");
        String id = created.then().statusCode(201)
                .header("Location", endsWith("/api/projects/" + created.path("id")))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PROPOSED"), "iso3", equalTo("KHM"), "strategicArea", equalTo("IMPLEMENTATION_PLAN"),
                        "proposedBudgetUsd", equalTo(new BigDecimal("100000.00")), "currentBudgetUsd", equalTo(new BigDecimal("100000.00")),
                        "spentUsd", equalTo(new BigDecimal("0.00")), "deliveryRate", equalTo(new BigDecimal("0.0000")),
                        "sdgGoals", equalTo(List.of(5, 16)), "approval", nullValue(), "version", equalTo(0))
                .extract().path("id");
        api().when().get("/api/projects/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("code", equalTo(body.get("code")), "genderMarker", equalTo(2), "plannedEnd", equalTo("2022-02-28"));
    }

    @Test
    void anAreaNotStatedStaysNull() {
        String id = propose("BHS");
        api().when().get("/api/projects/" + id).then().statusCode(200).body("strategicArea", nullValue(), "fieldPresence", nullValue());
    }

    @Test
    void approvalRecordsConsentAssessmentAndBudgetAndMakesANewVersion() {
        String id = propose("SRB");
        Map<String, Object> body = approval("150000.00");
        body.put("budgetNote", "Second phase included");
        approve(id, body).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("APPROVED"), "approval.approvedOn", equalTo("2021-01-15"),
                        "approval.approvedBudgetUsd", equalTo(new BigDecimal("150000.00")),
                        "approval.consentReference", equalTo("Note verbale of 10 January 2021"),
                        "approval.assessment.c.answer", equalTo("YES"), "approval.assessment.d.notes", equalTo("Flagged by the treaty bodies"),
                        "currentBudgetUsd", equalTo(new BigDecimal("150000.00")), "budgetNote", equalTo("Second phase included"));
        api().when().get("/api/projects/" + id + "/status-changes").then().statusCode(200)
                .body("items", hasSize(1), "items[0].previousStatus", equalTo("PROPOSED"), "items[0].status", equalTo("APPROVED"));
    }

    @Test
    void theLifecycleRunsToCompletionAndNoFurther() {
        String id = propose("MDA");
        approve(id, approval("1000.00")).then().statusCode(200);
        moveTo(id, "ACTIVE", null).then().statusCode(200).body("status", equalTo("ACTIVE"));
        moveTo(id, "SUSPENDED", "State of emergency").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        moveTo(id, "ACTIVE", "Emergency lifted").then().statusCode(200);
        moveTo(id, "COMPLETED", null).then().statusCode(200).body("status", equalTo("COMPLETED"), "version", equalTo(5));
        api().when().get("/api/projects/" + id + "/status-changes").then().statusCode(200)
                .body("items.status", equalTo(List.of("APPROVED", "ACTIVE", "SUSPENDED", "ACTIVE", "COMPLETED")),
                        "items[2].reason", equalTo("State of emergency"));

        forbiddenMove(id, "ACTIVE");
        forbiddenMove(id, "CANCELLED");
    }

    @Test
    void aProposalMayBeCancelledButNotActivatedNorSuspended() {
        String id = propose("GIN");
        forbiddenMove(id, "ACTIVE");
        forbiddenMove(id, "SUSPENDED");
        moveTo(id, "CANCELLED", "The State withdrew its request").then().statusCode(200).body("status", equalTo("CANCELLED"));
        nothingWritten(() -> approve(id, approval("10.00")).then().statusCode(409).contentType(PROBLEM));
    }

    @Test
    void suspensionAndCancellationNeedAReasonAndApprovalHasItsOwnOperation() {
        String id = activeProject("SEN");
        nothingWritten(() -> moveTo(id, "SUSPENDED", " ").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("reason")));
        nothingWritten(() -> moveTo(id, "APPROVED", null).then().statusCode(400).body("violations[0].field", equalTo("status")));
    }

    @Test
    void approvalWithoutConsentReferenceOrAssessmentIsRefused() {
        String id = propose("TUN");
        Map<String, Object> noConsent = approval("100.00");
        noConsent.remove("consentReference");
        nothingWritten(() -> approve(id, noConsent).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("consentReference")));

        Map<String, Object> noAssessment = approval("100.00");
        noAssessment.remove("assessment");
        nothingWritten(() -> approve(id, noAssessment).then().statusCode(400).body("violations.field", hasItem("assessment")));

        Map<String, Object> criterion = Map.of("answer", "YES", "notes", "Flagged");
        Map<String, Object> threeAnswers = approval("100.00");
        threeAnswers.put("assessment", Map.of("a", criterion, "b", criterion, "d", criterion));
        nothingWritten(() -> approve(id, threeAnswers).then().statusCode(400).body("violations.field", hasItem("assessment.c")));

        Map<String, Object> noNotes = approval("100.00");
        noNotes.put("assessment", Map.of("a", criterion, "b", criterion, "c", Map.of("answer", "NO", "notes", ""), "d", criterion));
        nothingWritten(() -> approve(id, noNotes).then().statusCode(400).body("violations.field", hasItem("assessment.c.notes")));

        Map<String, Object> unanswered = approval("100.00");
        unanswered.put("assessment", Map.of("a", criterion, "b", Map.of("notes", "No answer"), "c", criterion, "d", criterion));
        nothingWritten(() -> approve(id, unanswered).then().statusCode(400).body("violations.field", hasItem("assessment.b.answer")));

        Map<String, Object> future = approval("100.00");
        future.put("approvedOn", LocalDate.now().plusDays(3).toString());
        nothingWritten(() -> approve(id, future).then().statusCode(400).body("violations.field", hasItem("approvedOn")));

        api().when().get("/api/projects/" + id).then().body("status", equalTo("PROPOSED"), "approval", nullValue());
    }

    @Test
    void unknownStateEndBeforeStartAndNegativeBudgetAreRefused() {
        refusedProposal(with(proposal("XYZ"), "iso3", "XYZ"), "iso3");
        refusedProposal(with(proposal("nga"), "iso3", "nga"), "iso3");
        Map<String, Object> reversed = proposal("KEN");
        reversed.put("plannedStart", "2021-06-01");
        reversed.put("plannedEnd", "2021-05-31");
        refusedProposal(reversed, "plannedEnd");
        refusedProposal(with(proposal("KEN"), "budgetUsd", new BigDecimal("-1.00")), "budgetUsd");
        refusedProposal(with(proposal("KEN"), "budgetUsd", new BigDecimal("10.001")), "budgetUsd");
        refusedProposal(with(proposal("KEN"), "genderMarker", 4), "genderMarker");
        refusedProposal(with(proposal("KEN"), "sdgGoals", List.of(18)), "sdgGoals[0]");
        refusedProposal(with(proposal("KEN"), "code", "has spaces"), "code");
    }

    @Test
    void aDuplicateCodeIsAConflictInAnyCase() {
        Map<String, Object> first = proposal("KEN");
        asFundManager().body(first).when().post("/api/projects").then().statusCode(201);
        Map<String, Object> again = proposal("NGA");
        again.put("code", ((String) first.get("code")).toLowerCase());
        nothingWritten(() -> asFundManager().body(again).when().post("/api/projects").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("already exists")));
    }

    @Test
    void aChangeWithoutIfMatchOrWithAStaleOneIsRefused() {
        String id = propose("BGD");
        String stale = etag(id);
        approve(id, approval("500.00")).then().statusCode(200);
        Map<String, Object> body = Map.of("status", "ACTIVE");
        nothingWritten(() -> asFundManager().body(body).when().post("/api/projects/" + id + "/status")
                .then().statusCode(428).contentType(PROBLEM));
        nothingWritten(() -> asFundManager().header("If-Match", stale).body(body).when().post("/api/projects/" + id + "/status")
                .then().statusCode(412).contentType(PROBLEM).body("detail", containsString("\"1\"")));
        String proposed = propose("BGD");
        nothingWritten(() -> asFundManager().body(approval("1.00")).when().post("/api/projects/" + proposed + "/approval")
                .then().statusCode(428));
        nothingWritten(() -> asFundManager().header("If-Match", "\"7\"").body(approval("1.00"))
                .when().post("/api/projects/" + proposed + "/approval").then().statusCode(412));
        nothingWritten(() -> asFundManager().body(Map.of("revisedBudgetUsd", 900, "effectiveOn", "2021-02-01", "reason", "More"))
                .when().post("/api/projects/" + id + "/budget-revisions").then().statusCode(428));
        nothingWritten(() -> asFundManager().header("If-Match", stale)
                .body(Map.of("revisedBudgetUsd", 900, "effectiveOn", "2021-02-01", "reason", "More"))
                .when().post("/api/projects/" + id + "/budget-revisions").then().statusCode(412));
    }

    @Test
    void approvalStatusAndBudgetRevisionTakeOnlyTheCurrentStrongETag() {
        String id = propose("BGD");
        String project = "/api/projects/" + id;
        StrictIfMatch.onlyTheCurrentETagPasses(entries, etag(id), ifMatch -> asFundManager().header("If-Match", ifMatch)
                .body(approval("500.00")).when().post(project + "/approval"));
        StrictIfMatch.onlyTheCurrentETagPasses(entries, etag(id), ifMatch -> asFundManager().header("If-Match", ifMatch)
                .body(Map.of("status", "ACTIVE")).when().post(project + "/status"));
        StrictIfMatch.onlyTheCurrentETagPasses(entries, etag(id), ifMatch -> asFundManager().header("If-Match", ifMatch)
                .body(Map.of("revisedBudgetUsd", 900, "effectiveOn", "2021-02-01", "reason", "More")).when().post(project + "/budget-revisions"));
        api().when().get(project).then().statusCode(200).body("status", equalTo("ACTIVE"), "currentBudgetUsd", equalTo(new BigDecimal("900.00")));
    }

    @Test
    void budgetRevisionsAreEntriesAndTheCurrentBudgetIsTheirSum() {
        String id = activeProject("PER");
        revise(id, "130000.00", "2021-06-01").statusCode(201).header("ETag", equalTo("\"3\""))
                .body("previousBudgetUsd", equalTo(new BigDecimal("100000.00")), "revisedBudgetUsd", equalTo(new BigDecimal("130000.00")),
                        "changeUsd", equalTo(new BigDecimal("30000.00")));
        String location = revise(id, "120000.50", "2021-09-01").statusCode(201)
                .body("changeUsd", equalTo(new BigDecimal("-9999.50"))).extract().header("Location");
        assertThat(location).contains("/api/projects/" + id + "/budget-revisions/");
        api().when().get(location.substring(location.indexOf("/api/"))).then().statusCode(200)
                .body("revisedBudgetUsd", equalTo(new BigDecimal("120000.50")));
        api().when().get("/api/projects/" + id).then().statusCode(200)
                .body("approval.approvedBudgetUsd", equalTo(new BigDecimal("100000.00")),
                        "currentBudgetUsd", equalTo(new BigDecimal("120000.50")));
        api().when().get("/api/projects/" + id + "/budget-revisions").then().statusCode(200)
                .body("total", equalTo(2), "items.changeUsd", equalTo(List.of(new BigDecimal("30000.00"), new BigDecimal("-9999.50"))));
    }

    @Test
    void aBudgetIsRevisedOnlyWhileTheApprovedProjectRunsAndOnlyByRealChanges() {
        String proposed = propose("JAM");
        nothingWritten(() -> revise(proposed, "5.00", "2021-06-01").statusCode(409).contentType(PROBLEM));
        String id = activeProject("JAM");
        nothingWritten(() -> revise(id, "100000.00", "2021-06-01").statusCode(400).body("violations[0].field", equalTo("revisedBudgetUsd")));
        nothingWritten(() -> revise(id, "-1.00", "2021-06-01").statusCode(400).body("violations[0].field", equalTo("revisedBudgetUsd")));
        nothingWritten(() -> revise(id, "90000.00", "2020-06-01").statusCode(400).body("violations[0].field", equalTo("effectiveOn")));
        nothingWritten(() -> asFundManager().header("If-Match", etag(id)).header("Idempotency-Key", "")
                .body(Map.of("revisedBudgetUsd", 5, "effectiveOn", "2021-06-01", "reason", "r"))
                .when().post("/api/projects/" + id + "/budget-revisions").then().statusCode(400));
        moveTo(id, "COMPLETED", null).then().statusCode(200);
        nothingWritten(() -> revise(id, "5.00", "2021-06-01").statusCode(409));
    }

    @Test
    void spentAndDeliveryRateAreSummedFromExpenditure() {
        String id = activeProject("ECU");
        spend(id, LocalDate.of(2021, 3, 1), "STAFF", "20000.00");
        String travel = spend(id, LocalDate.of(2021, 3, 2), "STAFF_TRAVEL", "5000.25");
        asFundManager().body(ProjectTestRequests.correction(LocalDate.of(2021, 3, 5), "1000.00"))
                .when().post("/api/expenditures/" + travel + "/corrections").then().statusCode(201);
        api().when().get("/api/projects/" + id).then().statusCode(200)
                .body("spentUsd", equalTo(new BigDecimal("24000.25")), "deliveryRate", equalTo(new BigDecimal("0.2400")));
        api().queryParam("iso3", "ECU").queryParam("status", "ACTIVE").queryParam("size", 200).when().get("/api/projects")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.spentUsd", equalTo(new BigDecimal("24000.25")));

        String zero = propose("ECU");
        approve(zero, approval("0.00")).then().statusCode(200).body("deliveryRate", nullValue());
    }

    @Test
    void listsFilterByStateAreaStatusAndYearAndPagesPastTheEndAreEmpty() {
        String iso3 = "MNG";
        Map<String, Object> planned = proposal(iso3);
        planned.put("strategicArea", "PARLIAMENT");
        String parliament = asFundManager().body(planned).when().post("/api/projects").then().statusCode(201).extract().path("id");
        approve(parliament, approval("10.00")).then().statusCode(200);
        String other = propose(iso3);

        List<String> ids = api().queryParam("iso3", "mng").queryParam("size", 200).when().get("/api/projects")
                .then().statusCode(200).extract().path("items.id");
        assertThat(ids).contains(parliament, other);
        assertThat((List<String>) api().queryParam("iso3", iso3).queryParam("strategicArea", "PARLIAMENT").queryParam("size", 200)
                .when().get("/api/projects").then().statusCode(200).extract().path("items.id")).contains(parliament).doesNotContain(other);
        assertThat((List<String>) api().queryParam("iso3", iso3).queryParam("status", "PROPOSED").queryParam("size", 200)
                .when().get("/api/projects").then().extract().path("items.id")).contains(other).doesNotContain(parliament);
        assertThat((List<String>) api().queryParam("iso3", iso3).queryParam("year", 2021).queryParam("size", 200)
                .when().get("/api/projects").then().extract().path("items.id")).contains(parliament).doesNotContain(other);
        assertThat((List<String>) api().queryParam("iso3", iso3).queryParam("year", 2019)
                .when().get("/api/projects").then().extract().path("items.id")).isEmpty();

        int total = api().queryParam("iso3", iso3).when().get("/api/projects").then().extract().path("total");
        api().queryParam("iso3", iso3).queryParam("size", 1).queryParam("page", 0).when().get("/api/projects").then().statusCode(200)
                .body("items", hasSize(1), "total", equalTo(total));
        api().queryParam("iso3", iso3).queryParam("size", 1).queryParam("page", total + 5).when().get("/api/projects").then().statusCode(200)
                .body("items", hasSize(0), "total", equalTo(total), "page", equalTo(total + 5));

        for (Map.Entry<String, Object> bad : Map.<String, Object>of("status", "OPEN", "strategicArea", "HEALTH", "year", "twenty",
                "iso3", "NIGERIA", "size", 201, "page", -1).entrySet()) {
            api().queryParam(bad.getKey(), bad.getValue()).when().get("/api/projects").then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo(bad.getKey()));
        }
        api().queryParam("year", 10000).when().get("/api/projects").then().statusCode(400).body("violations[0].field", equalTo("year"));
    }

    @Test
    void unknownProjectsAreProblems() {
        String unknown = UUID.randomUUID().toString();
        api().when().get("/api/projects/" + unknown).then().statusCode(404).contentType(PROBLEM);
        api().when().get("/api/projects/" + unknown + "/status-changes").then().statusCode(404);
        api().when().get("/api/projects/" + unknown + "/budget-revisions").then().statusCode(404);
        api().when().get("/api/projects/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        nothingWritten(() -> asFundManager().header("If-Match", "\"0\"").body(approval("1.00"))
                .when().post("/api/projects/" + unknown + "/approval").then().statusCode(404).contentType(PROBLEM));
    }

    @Test
    void statusLabelsComeInTheLanguageAsked() {
        api().header("Accept-Language", "ru-RU, en;q=0.5").when().get("/api/projects/statuses").then().statusCode(200)
                .header("Content-Language", "ru").body("projectStatuses.find { it.code == 'CANCELLED' }.label", equalTo("Отменен"),
                        "progressStatuses", hasSize(4));
    }

    private void forbiddenMove(String id, String status) {
        nothingWritten(() -> moveTo(id, status, "Asked for").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://upr-fund.example/problems/conflict")).body("detail", containsString("cannot move to " + status)));
    }

    private void refusedProposal(Map<String, Object> body, String field) {
        nothingWritten(() -> asFundManager().body(body).when().post("/api/projects").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(field)));
    }

    private static ValidatableResponse revise(String id, String revisedBudgetUsd, String effectiveOn) {
        return asFundManager().header("If-Match", etag(id))
                .body(Map.of("revisedBudgetUsd", new BigDecimal(revisedBudgetUsd), "effectiveOn", effectiveOn, "reason", "Board decision"))
                .when().post("/api/projects/" + id + "/budget-revisions").then();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private void nothingWritten(Runnable request) {
        entries.assertNothingWrittenBy(request);
    }
}

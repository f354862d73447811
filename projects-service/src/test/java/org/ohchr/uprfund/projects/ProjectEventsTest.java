package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.approval;
import static org.ohchr.uprfund.projects.ProjectTestRequests.approve;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFieldOffice;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.correction;
import static org.ohchr.uprfund.projects.ProjectTestRequests.etag;
import static org.ohchr.uprfund.projects.ProjectTestRequests.expenditure;
import static org.ohchr.uprfund.projects.ProjectTestRequests.moveTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.proposal;
import static org.ohchr.uprfund.projects.ProjectTestRequests.publishedEvent;
import static org.ohchr.uprfund.projects.ProjectTestRequests.schemaValidData;
import static org.ohchr.uprfund.projects.ProjectTestRequests.update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A project's life, as consumers see it on fund.projects.v1: all seven types read back from the real broker, keyed and
 * shaped as the contract says, and valid against the schemas this service ships.
 */
@QuarkusTest
class ProjectEventsTest {

    private static final LocalDate DAY = LocalDate.of(2021, 5, 20);

    @Test
    void everyTypeIsPublishedKeyedAndValidAgainstItsSchema() {
        Map<String, Object> body = proposal("PER");
        body.put("strategicArea", "IMPLEMENTATION_PLAN");
        body.put("budgetNote", "Estimate of the field presence");
        body.put("sdgGoals", List.of(16));
        String id = asFundManager().body(body).when().post("/api/projects").then().statusCode(201).extract().path("id");
        JsonNode proposed = schemaValidData(publishedEvent(id, "ProjectProposed", id), "ProjectProposed");
        assertThat(proposed.path("code").asText()).isEqualTo(body.get("code"));
        assertThat(proposed.path("budgetUsd").asText()).isEqualTo("100000.00");
        assertThat(proposed.path("strategicArea").asText()).isEqualTo("IMPLEMENTATION_PLAN");
        assertThat(proposed.path("plannedStart").isNull()).isTrue();
        assertThat(proposed.path("proposedBy").asText()).isEqualTo("secretariat@test");

        approve(id, approval("80000.50")).then().statusCode(200);
        JsonNode approved = schemaValidData(publishedEvent(id, "ProjectApproved", id), "ProjectApproved");
        assertThat(approved.path("approvedBudgetUsd").asText()).isEqualTo("80000.50");
        assertThat(approved.path("approvedOn").asText()).isEqualTo("2021-01-15");
        assertThat(approved.path("consentReference").asText()).isEqualTo("Note verbale of 10 January 2021");

        moveTo(id, "ACTIVE", null).then().statusCode(200);
        JsonNode activated = schemaValidData(publishedEvent(id, "ProjectStatusChanged", "\"ACTIVE\""), "ProjectStatusChanged");
        assertThat(activated.path("previousStatus").asText()).isEqualTo("APPROVED");
        assertThat(activated.path("reason").isNull()).isTrue();

        asFundManager().header("If-Match", etag(id))
                .body(Map.of("revisedBudgetUsd", new BigDecimal("75000.00"), "effectiveOn", "2021-05-01", "reason", "Activities cut"))
                .when().post("/api/projects/" + id + "/budget-revisions").then().statusCode(201);
        JsonNode revised = schemaValidData(publishedEvent(id, "BudgetRevised", id), "BudgetRevised");
        assertThat(revised.path("changeUsd").asText()).isEqualTo("-5000.50");
        assertThat(revised.path("previousBudgetUsd").asText()).isEqualTo("80000.50");

        Map<String, Object> report = update(DAY, DAY.plusDays(10), "Regional plans drafted");
        report.put("indicators", List.of(Map.of("name", "Draft regional plans", "unit", "plans", "actual", 3)));
        String updateId = asFieldOffice("PER").body(report).when().post("/api/projects/" + id + "/updates").then().statusCode(201)
                .extract().path("id");
        JsonNode progress = schemaValidData(publishedEvent(id, "ProgressReported", updateId), "ProgressReported");
        assertThat(progress.path("indicators").get(0).path("actual").asText()).isEqualTo("3");
        assertThat(progress.path("indicators").get(0).path("baseline").isNull()).isTrue();
        assertThat(progress.path("reportedBy").asText()).isEqualTo("field-office@test");

        String spentId = asFieldOffice("PER").body(expenditure(id, DAY, "PARTICIPANT_TRAVEL", "5647.59")).when().post("/api/expenditures")
                .then().statusCode(201).extract().path("id");
        JsonNode recorded = schemaValidData(publishedEvent(spentId, "ExpenditureRecorded", spentId), "ExpenditureRecorded");
        assertThat(recorded.path("amountUsd").asText()).isEqualTo("5647.59");
        assertThat(recorded.path("iso3").asText()).isEqualTo("PER");
        assertThat(recorded.path("reconciliation").isNull()).isTrue();

        String correctionId = asFundManager().body(correction(DAY.plusDays(1), null)).when()
                .post("/api/expenditures/" + spentId + "/corrections").then().statusCode(201).extract().path("id");
        JsonNode reversed = schemaValidData(publishedEvent(spentId, "ExpenditureReversed", correctionId), "ExpenditureReversed");
        assertThat(reversed.path("amountUsd").asText()).isEqualTo("-5647.59");
        assertThat(reversed.path("reversesExpenditureId").asText()).isEqualTo(spentId);
        assertThat(reversed.path("costCategory").asText()).isEqualTo("PARTICIPANT_TRAVEL");

        moveTo(id, "CANCELLED", "The State withdrew its consent").then().statusCode(200);
        JsonNode cancelled = schemaValidData(publishedEvent(id, "ProjectStatusChanged", "\"CANCELLED\""), "ProjectStatusChanged");
        assertThat(cancelled.path("reason").asText()).isEqualTo("The State withdrew its consent");
    }

    @Test
    void fundLevelExpenditureAndReconciliationLabelsArePublished() {
        Map<String, Object> body = expenditure(null, LocalDate.of(2019, 12, 31), "GRANTS", "13218.62");
        body.put("reconciliation", Map.of("line", "GRANTS", "note", "Table 1 (2020), grants, (13,218.62): only the 2020 net reversal is reported"));
        String id = asFundManager().body(body).when().post("/api/expenditures").then().statusCode(201).extract().path("id");
        JsonNode data = schemaValidData(publishedEvent(id, "ExpenditureRecorded", id), "ExpenditureRecorded");
        assertThat(data.path("projectId").isNull()).isTrue();
        assertThat(data.path("iso3").isNull()).isTrue();
        assertThat(data.path("reconciliation").path("line").asText()).isEqualTo("GRANTS");
        assertThat(data.path("reconciliation").path("note").asText()).startsWith("Table 1 (2020)");
    }

    @Test
    void theSchemasAreServedWithTheApi() {
        for (String type : List.of("ProjectProposed", "ProjectApproved", "ProjectStatusChanged", "BudgetRevised", "ProgressReported",
                "ExpenditureRecorded", "ExpenditureReversed")) {
            api().when().get("/events/" + type + ".json").then().statusCode(200)
                    .body("title", equalTo(type), "additionalProperties", equalTo(false));
        }
    }
}

package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ohchr.uprfund.projects.FieldUpdateSyncTest.expenditureItem;
import static org.ohchr.uprfund.projects.FieldUpdateSyncTest.sync;
import static org.ohchr.uprfund.projects.ProjectTestRequests.PROBLEM;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFieldOffice;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.correction;
import static org.ohchr.uprfund.projects.ProjectTestRequests.expenditure;
import static org.ohchr.uprfund.projects.ProjectTestRequests.spend;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.projects.domain.ExpenditureLine;
import org.ohchr.uprfund.testing.TableRowCounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A reconciliation places an entry on a line of the fund's statement: only a fund manager may set it, and only on an
 * expenditure line, named by its code. A field office cannot move its spending onto the income side.
 */
@QuarkusTest
class ReconciliationLineTest {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 3);

    @Inject
    TableRowCounts entries;

    @Test
    void aFieldOfficeCannotLabelItsSpendingAsContributionsReceived() {
        String project = activeProject("NGA");
        for (Map<String, String> label : List.of(
                Map.of("reportLine", "Voluntary contributions received in 2026", "note", "Staff costs shown as income"),
                Map.of("line", "CONTRIBUTIONS_RECEIVED", "note", "Staff costs shown as income"),
                Map.of("line", "STAFF", "note", "Even on its own category's line"))) {
            var body = expenditure(project, DAY, "STAFF", "10000.00");
            body.put("reconciliation", label);
            entries.assertNothingWrittenBy(() -> asFieldOffice("NGA").body(body).when().post("/api/expenditures").then()
                    .statusCode(403).contentType(PROBLEM));
        }
    }

    @Test
    void aFieldOfficeCannotLabelACorrectionEither() {
        String project = activeProject("NGA");
        String id = spend(project, DAY, "STAFF", "100.00");
        var body = correction(DAY, "10.00");
        body.put("reconciliation", Map.of("line", "STAFF", "note", "A reversal placed by the field office"));
        entries.assertNothingWrittenBy(() -> asFieldOffice("NGA").body(body).when().post("/api/expenditures/" + id + "/corrections")
                .then().statusCode(403).contentType(PROBLEM));
    }

    @Test
    void aLineOutsideTheExpenditureSectionIsRefusedNamingTheField() {
        String project = activeProject("NGA");
        for (String line : List.of("CONTRIBUTIONS_RECEIVED", "MISCELLANEOUS_AND_INVESTMENT_INCOME", "TOTAL_EXPENDITURE", "CLOSING_BALANCE",
                "Voluntary contributions received in 2026", "staff")) {
            var body = expenditure(project, DAY, "STAFF", "10000.00");
            body.put("reconciliation", Map.of("line", line, "note", "Table 1 (2020)"));
            entries.assertNothingWrittenBy(() -> asFundManager().body(body).when().post("/api/expenditures").then()
                    .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("reconciliation.line")));
        }
    }

    @Test
    void aFundManagerPlacesAnEntryOnAnExpenditureLineByItsCode() {
        var body = expenditure(null, DAY, "STAFF", "10.00");
        body.put("reconciliation", Map.of("line", " GRANTS ", "note", "Table 1 (2020), grants: shown with the grants"));
        asFundManager().body(body).when().post("/api/expenditures").then().statusCode(201)
                .body("costCategory", equalTo("STAFF"), "reconciliation.line", equalTo("GRANTS"),
                        "reconciliation.note", equalTo("Table 1 (2020), grants: shown with the grants"));
    }

    @Test
    void aSyncBatchRefusesAFieldOfficesLabelledItemAloneAndWritesNothingOfIt() {
        String project = activeProject("NGA");
        var labelled = expenditure(project, DAY, "STAFF", "10000.00");
        labelled.put("reconciliation", Map.of("line", "CONTRIBUTIONS_RECEIVED", "note", "Staff costs shown as income"));
        List<Map<String, Object>> items = new ArrayList<>(List.of(expenditureItem(expenditure(project, DAY, "STAFF", "1.00")),
                expenditureItem(labelled)));
        Map<String, Long> before = entries.now();

        JsonPath result = sync(asFieldOffice("NGA"), items).statusCode(200).extract().jsonPath();

        assertThat(result.getList("items.outcome")).containsExactly("CREATED", "REFUSED");
        assertThat(result.getInt("items[1].status")).isEqualTo(403);
        assertThat(result.getString("items[1].problem.type")).isEqualTo("https://upr-fund.example/problems/forbidden");
        // The good item only: its entry, its event and its idempotency record.
        assertThat(entries.since(before)).isEqualTo(Map.of("expenditure", 1L, "outbox_event", 1L, "outbox_aggregate_sequence", 1L,
                "idempotency_record", 1L));
    }

    @Test
    void theExpenditureEventSchemasDeclareTheCatalogueOfLines() throws IOException {
        List<String> codes = ExpenditureLine.codes();
        for (String type : List.of("ExpenditureRecorded", "ExpenditureReversed")) {
            try (InputStream schema = getClass().getClassLoader().getResourceAsStream("META-INF/resources/events/" + type + ".json")) {
                JsonNode reconciliation = new ObjectMapper().readTree(schema).path("properties").path("reconciliation");
                List<String> declared = new ArrayList<>();
                reconciliation.path("properties").path("line").path("enum").forEach(code -> {
                    if (!code.isNull()) {
                        declared.add(code.asText());
                    }
                });
                assertThat(declared).as(type).isEqualTo(codes);
            }
        }
    }
}

package org.ohchr.uprfund.projects.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.Expenditure;
import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.ProjectStatus;
import org.ohchr.uprfund.testing.EventSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The schemas accept what the service writes, and refuse what the contract excludes. */
class ProjectEventSchemasTest {

    private static final String RECORDED = "META-INF/resources/events/ExpenditureRecorded.json";
    private static final String REVERSED = "META-INF/resources/events/ExpenditureReversed.json";
    private static final String PROPOSED = "META-INF/resources/events/ProjectProposed.json";

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void expenditureRecordedAsWrittenConformsAndNothingElse() {
        ObjectNode project = json.valueToTree(ExpenditureRecorded.of(entry("KEN", "12500.00", null)));
        assertThat(EventSchemas.violations(RECORDED, project)).isEmpty();
        ObjectNode fund = json.valueToTree(ExpenditureRecorded.of(entry(null, "58973.51", null)));
        assertThat(EventSchemas.violations(RECORDED, fund)).isEmpty();

        assertThat(EventSchemas.violations(RECORDED, json.valueToTree(ExpenditureRecorded.of(entry("KEN", "-1.00", null))))).isNotEmpty();
        assertThat(EventSchemas.violations(RECORDED, json.valueToTree(ExpenditureRecorded.of(entry("KEN", "0.00", null))))).isNotEmpty();
        ObjectNode number = project.deepCopy();
        number.put("amountUsd", 12500.0);
        assertThat(EventSchemas.violations(RECORDED, number)).isNotEmpty();
        ObjectNode halfFundLevel = fund.deepCopy();
        halfFundLevel.put("iso3", "KEN");
        assertThat(EventSchemas.violations(RECORDED, halfFundLevel)).isNotEmpty();
        ObjectNode extra = project.deepCopy();
        extra.put("approvedBy", "someone");
        assertThat(EventSchemas.violations(RECORDED, extra)).isNotEmpty();
    }

    @Test
    void expenditureReversedIsNegative() {
        Expenditure correction = entry("KEN", "-400.00", UUID.randomUUID());
        assertThat(EventSchemas.violations(REVERSED, json.valueToTree(ExpenditureReversed.of(correction)))).isEmpty();
        assertThat(EventSchemas.violations(REVERSED, json.valueToTree(ExpenditureReversed.of(entry("KEN", "400.00", UUID.randomUUID())))))
                .isNotEmpty();
    }

    @Test
    void projectProposedAllowsAnAreaNotStated() {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.code = "UPR-VF-2020-BHS";
        project.iso3 = "BHS";
        project.title = "Bahamas";
        project.status = ProjectStatus.PROPOSED;
        project.proposedBudgetUsd = new BigDecimal("0.00");
        project.budgetNote = "Not stated in the report";
        project.recommendationIds = new UUID[0];
        project.sdgGoals = new Integer[] { 5, 16 };
        project.proposedAt = Instant.now();
        project.proposedBy = "secretariat@test";
        ObjectNode data = json.valueToTree(ProjectProposed.of(project));
        assertThat(data.path("strategicArea").isNull()).isTrue();
        assertThat(data.path("budgetUsd").asText()).isEqualTo("0.00");
        assertThat(EventSchemas.violations(PROPOSED, data)).isEmpty();
        data.put("strategicArea", "HEALTH");
        assertThat(EventSchemas.violations(PROPOSED, data)).isNotEmpty();
    }

    private static Expenditure entry(String iso3, String amount, UUID corrects) {
        Expenditure entry = new Expenditure();
        entry.id = UUID.randomUUID();
        entry.projectId = iso3 == null ? null : UUID.randomUUID();
        entry.iso3 = iso3;
        entry.spentOn = LocalDate.of(2020, 12, 31);
        entry.costCategory = CostCategory.CONTRACTUAL_SERVICES;
        entry.amountUsd = new BigDecimal(amount);
        entry.description = "Test entry";
        entry.correctsId = corrects;
        entry.recordedAt = Instant.now();
        entry.recordedBy = "secretariat@test";
        return entry;
    }
}

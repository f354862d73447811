package org.ohchr.uprfund.gateway.service.report.iati;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ohchr.uprfund.gateway.config.IatiConfig;
import org.ohchr.uprfund.gateway.domain.BudgetRevision;
import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.gateway.domain.Expenditure;
import org.ohchr.uprfund.gateway.domain.Project;
import org.ohchr.uprfund.gateway.domain.ProjectStatus;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The fund's IATI activity file: the fund's own activity (its expenditure that is no project's), then one activity per
 * published project with its State, budget and revisions, the fund's commitments and its expenditure. Expenditure is
 * transaction type 4, a reversal a negative one; staff names and bank or invoice references are never written.
 */
public final class IatiActivityFile {

    private final IatiConfig config;
    private final LocalDate fundEstablished;

    public IatiActivityFile(IatiConfig config, LocalDate fundEstablished) {
        this.config = config;
        this.fundEstablished = fundEstablished;
    }

    public byte[] of(IatiFacts facts) {
        IatiXml xml = new IatiXml();
        xml.open("iati-activities", "version", IatiCodes.VERSION);
        fundActivity(xml, facts.fundLevelExpenditure());
        for (Project project : facts.projects()) {
            projectActivity(xml, project, facts);
        }
        return xml.finish();
    }

    /** The identifier of the activity of a project. */
    public String identifierOf(Project project) {
        return config.activityPrefix() + "-" + IatiCodes.identifierPart(project.code);
    }

    private void fundActivity(IatiXml xml, List<Expenditure> expenditure) {
        Optional<Instant> updated = expenditure.stream().map(e -> e.recordedAt).max(Comparator.naturalOrder());
        xml.open("iati-activity", "xml:lang", "en", "default-currency", IatiXml.CURRENCY, "hierarchy", "1",
                "last-updated-datetime", updated.map(IatiActivityFile::dateTime).orElse(null));
        xml.text("iati-identifier", config.activityPrefix());
        reportingOrg(xml);
        xml.narrative("title", config.fundName());
        xml.narrative("description", "The fund's own work, administered by OHCHR: what it spends that is not a country project's,"
                + " such as programme support, staff, meetings and its secretariat. The country projects it funds are activities of"
                + " their own in this file, each naming this one as its parent.", "type", IatiCodes.GENERAL);
        xml.narrative("participating-org", config.fundName(), "role", IatiCodes.FUNDING, "type", config.reportingOrgType(),
                "activity-id", config.activityPrefix());
        xml.narrative("participating-org", config.reportingOrgName(), "ref", config.reportingOrgRef(), "role", IatiCodes.IMPLEMENTING,
                "type", config.reportingOrgType());
        xml.empty("activity-status", "code", IatiCodes.IMPLEMENTATION);
        xml.empty("activity-date", "type", IatiCodes.ACTUAL_START, "iso-date", fundEstablished.toString());
        sector(xml);
        for (Expenditure e : expenditure) {
            expenditure(xml, e, true);
        }
        xml.close();
    }

    private void projectActivity(IatiXml xml, Project project, IatiFacts facts) {
        xml.open("iati-activity", "xml:lang", "en", "default-currency", IatiXml.CURRENCY, "hierarchy", "2",
                "last-updated-datetime", dateTime(project.lastEventTime));
        xml.text("iati-identifier", identifierOf(project));
        reportingOrg(xml);
        xml.narrative("title", project.title);
        Optional<String> alpha2 = IatiCodes.alpha2(project.iso3);
        xml.narrative("description", "Assistance of the fund to the recipient country, at its request, in implementing the"
                + " recommendations of its Universal Periodic Review: project " + project.code
                + (project.strategicArea == null ? "" : ", strategic area " + project.strategicArea) + ".", "type", IatiCodes.GENERAL);
        xml.narrative("participating-org", config.fundName(), "role", IatiCodes.FUNDING, "type", config.reportingOrgType(),
                "activity-id", config.activityPrefix());
        xml.narrative("participating-org", implementer(project), "ref", config.reportingOrgRef(), "role", IatiCodes.IMPLEMENTING,
                "type", config.reportingOrgType());
        ProjectStatus status = ProjectStatus.valueOf(project.status);
        xml.empty("activity-status", "code", IatiCodes.activityStatus(status));
        LocalDate start = start(project);
        xml.empty("activity-date", "type", IatiCodes.PLANNED_START, "iso-date", start.toString());
        if (project.plannedEnd != null) {
            xml.empty("activity-date", "type", IatiCodes.PLANNED_END, "iso-date", project.plannedEnd.toString());
        }
        alpha2.ifPresent(code -> xml.empty("recipient-country", "code", code, "percentage", "100"));
        sector(xml);
        budgets(xml, project, facts.revisionsOf(project), start);
        for (IatiFacts.Commitment commitment : facts.commitmentsTo(project)) {
            commitment(xml, project, commitment);
        }
        for (Expenditure e : facts.expenditureOf(project)) {
            expenditure(xml, e, false);
        }
        xml.empty("related-activity", "ref", config.activityPrefix(), "type", IatiCodes.PARENT);
        xml.close();
    }

    private void reportingOrg(IatiXml xml) {
        xml.narrative("reporting-org", config.reportingOrgName(), "ref", config.reportingOrgRef(), "type", config.reportingOrgType());
    }

    private void sector(IatiXml xml) {
        xml.empty("sector", "vocabulary", IatiCodes.DAC_5_DIGIT, "code", config.sectorCode(), "percentage", "100");
    }

    private String implementer(Project project) {
        return project.fieldPresence == null || project.fieldPresence.isBlank() ? config.reportingOrgName() : project.fieldPresence;
    }

    /**
     * The approved budget as the original (the proposed one, indicative, before approval), then the budget after each
     * revision, all over the project's period.
     */
    private static void budgets(IatiXml xml, Project project, List<BudgetRevision> revisions, LocalDate start) {
        LocalDate end = project.plannedEnd != null && !project.plannedEnd.isBefore(start) ? project.plannedEnd : start.withDayOfYear(start.lengthOfYear());
        boolean approved = project.approvedOn != null;
        xml.open("budget", "type", IatiCodes.ORIGINAL, "status", approved ? IatiCodes.COMMITTED : IatiCodes.INDICATIVE)
                .period(start, end)
                .value("value", approved ? project.approvedBudgetUsd : project.proposedBudgetUsd, approved ? project.approvedOn : start)
                .close();
        if (!approved) {
            return;
        }
        BigDecimal budget = project.approvedBudgetUsd;
        for (BudgetRevision revision : revisions) {
            budget = budget.add(revision.changeUsd);
            xml.open("budget", "type", IatiCodes.REVISED, "status", IatiCodes.COMMITTED)
                    .period(start, end)
                    .value("value", budget, revision.effectiveOn)
                    .close();
        }
    }

    private void commitment(IatiXml xml, Project project, IatiFacts.Commitment commitment) {
        xml.open("transaction", "ref", commitment.revision() == null ? null : commitment.revision().revisionId.toString());
        xml.empty("transaction-type", "code", IatiCodes.COMMITMENT);
        xml.empty("transaction-date", "iso-date", commitment.date().toString());
        xml.value("value", commitment.amountUsd(), commitment.date());
        xml.narrative("description", commitment.revision() == null ? "The fund's approval of the project's budget"
                : "Revision of the project's budget (" + (commitment.amountUsd().signum() < 0 ? "a cut" : "an increase") + ")");
        xml.narrative("provider-org", config.fundName(), "provider-activity-id", config.activityPrefix(), "type", config.reportingOrgType());
        xml.narrative("receiver-org", implementer(project), "ref", config.reportingOrgRef(), "receiver-activity-id", identifierOf(project),
                "type", config.reportingOrgType());
        xml.close();
    }

    /**
     * An expenditure entry; on the fund's own activity with the State it was spent for when it names one (an entry of a
     * project the read model does not know yet).
     */
    private static void expenditure(IatiXml xml, Expenditure e, boolean withCountry) {
        xml.open("transaction", "ref", e.expenditureId.toString());
        xml.empty("transaction-type", "code", IatiCodes.EXPENDITURE);
        xml.empty("transaction-date", "iso-date", e.spentOn.toString());
        xml.value("value", e.amountUsd, e.spentOn);
        String category = CostCategory.valueOf(e.costCategory).label(UnLanguage.EN);
        xml.narrative("description", e.reversesExpenditureId == null ? category
                : category + ": reversal of expenditure " + e.reversesExpenditureId);
        if (withCountry) {
            IatiCodes.alpha2(e.iso3).ifPresent(code -> xml.empty("recipient-country", "code", code));
        }
        xml.close();
    }

    /** When a project is to start: as planned, else when approved, else when proposed. */
    private static LocalDate start(Project project) {
        if (project.plannedStart != null) {
            return project.plannedStart;
        }
        return project.approvedOn != null ? project.approvedOn : project.proposedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

package org.ohchr.uprfund.gateway.service.report.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.ohchr.uprfund.gateway.config.IatiConfig;
import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.gateway.domain.Expenditure;
import org.ohchr.uprfund.gateway.domain.Money;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The fund's IATI organisation file: per calendar year, the fund's budget (what it committed that year: the budgets it
 * approved and the revisions that took effect, the commitments of the activity file), the same per recipient country,
 * and its expenditure (every entry dated in the year, reversals negative: the statement's total expenditure), with a line
 * per cost category. IATI 2.03's organisation file has no expenditure per country: that is in the activity file, where
 * each transaction belongs to a country's activity.
 */
public final class IatiOrganisationFile {

    private final IatiConfig config;

    public IatiOrganisationFile(IatiConfig config) {
        this.config = config;
    }

    public byte[] of(IatiFacts facts) {
        Map<Integer, BigDecimal> budgets = new TreeMap<>();
        Map<String, Map<Integer, BigDecimal>> countryBudgets = new TreeMap<>();
        for (IatiFacts.Commitment commitment : facts.allCommitments()) {
            int year = commitment.date().getYear();
            budgets.merge(year, commitment.amountUsd(), BigDecimal::add);
            IatiCodes.alpha2(commitment.project().iso3).ifPresent(code -> countryBudgets.computeIfAbsent(code, c -> new TreeMap<>())
                    .merge(year, commitment.amountUsd(), BigDecimal::add));
        }
        Map<Integer, Map<CostCategory, BigDecimal>> spent = new TreeMap<>();
        for (Expenditure e : facts.allExpenditure()) {
            spent.computeIfAbsent(e.spentOn.getYear(), year -> new TreeMap<>())
                    .merge(CostCategory.valueOf(e.costCategory), e.amountUsd, BigDecimal::add);
        }

        IatiXml xml = new IatiXml();
        xml.open("iati-organisations", "version", IatiCodes.VERSION);
        xml.open("iati-organisation", "xml:lang", "en", "default-currency", IatiXml.CURRENCY);
        xml.text("organisation-identifier", config.reportingOrgRef());
        xml.narrative("name", config.reportingOrgName());
        xml.narrative("reporting-org", config.reportingOrgName(), "ref", config.reportingOrgRef(), "type", config.reportingOrgType());
        budgets.forEach((year, amount) -> xml.open("total-budget", "status", IatiCodes.COMMITTED).period(first(year), last(year))
                .value("value", amount, first(year)).close());
        countryBudgets.forEach((code, byYear) -> byYear.forEach((year, amount) -> xml.open("recipient-country-budget", "status",
                IatiCodes.COMMITTED).empty("recipient-country", "code", code)
                .period(first(year), last(year)).value("value", amount, first(year)).close()));
        spent.forEach((year, byCategory) -> {
            xml.open("total-expenditure").period(first(year), last(year))
                    .value("value", byCategory.values().stream().reduce(Money.ZERO, BigDecimal::add), first(year));
            byCategory.forEach((category, amount) -> xml.open("expense-line", "ref", category.name())
                    .value("value", amount, first(year)).text("narrative", category.label(UnLanguage.EN)).close());
            xml.close();
        });
        return xml.finish();
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }
}

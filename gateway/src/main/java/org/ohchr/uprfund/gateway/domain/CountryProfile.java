package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A State's profile: its projects and what they spent, the recommendations it received, its recent progress. */
public record CountryProfile(String iso3, List<ProjectFigures> projects, BigDecimal budgetUsd, BigDecimal spentUsd, BigDecimal deliveryRate,
        Map<String, Sum> expenditureByCategory, List<Recommendation> recommendations, List<ProgressUpdate> recentProgress,
        List<Finding> findings) {

    /** A project with what was spent on it and its delivery rate (spent / budget; null when the budget is zero). */
    public record ProjectFigures(Project project, BigDecimal spentUsd, BigDecimal deliveryRate) {
    }
}

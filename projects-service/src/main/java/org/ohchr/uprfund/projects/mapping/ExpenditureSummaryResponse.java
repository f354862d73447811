package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpenditureSummary", description = "Expenditure by cost category (Table 1's nine lines, in its order) and by year, summed from the"
        + " entries the filters select; every total is the sum of its lines")
public record ExpenditureSummaryResponse(
        @Schema(nullable = true) LocalDate from,
        @Schema(nullable = true) LocalDate to,
        @Schema(nullable = true) UUID projectId,
        @Schema(nullable = true) String iso3,
        @Schema(description = "FUND, PROJECT, or null for both", nullable = true) String level,
        List<CategoryTotal> byCategory,
        List<YearTotal> byYear,
        BigDecimal totalUsd,
        long entries) {
}

package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.StatedComparison;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatedComparison", description = "A report's figure beside the one computed from the entries")
public record StatedComparisonResponse(
        @Schema(description = "The stated figure's id") UUID id,
        @Schema(examples = "contributions.total") String figure,
        String report,
        @Schema(description = "The report's amount") BigDecimal statedUsd,
        @Schema(description = "Computed from the entries; absent when the suite cannot compute it (see notComputed)") BigDecimal computedUsd,
        @Schema(description = "statedUsd - computedUsd") BigDecimal differenceUsd,
        @Schema(description = "The donors the report names") List<String> statedDonors,
        @Schema(description = "Donors with entries the report does not name") List<String> notNamedByReport,
        @Schema(description = "Donors the report names that have no entries") List<String> namedWithoutEntries,
        @Schema(description = "Why the suite cannot compute the figure from what it holds; absent when it can") String notComputed) {

    public static StatedComparisonResponse of(StatedComparison comparison) {
        boolean donors = comparison.stated().donors != null;
        return new StatedComparisonResponse(comparison.stated().id, comparison.stated().figure, comparison.stated().report,
                comparison.stated().valueUsd, comparison.computedUsd(), comparison.differenceUsd(),
                donors ? List.of(comparison.stated().donors) : null, donors ? comparison.notNamedByReport() : null,
                donors ? comparison.namedWithoutEntries() : null, comparison.notComputed());
    }

    public static List<StatedComparisonResponse> of(List<StatedComparison> comparisons) {
        return comparisons.stream().map(StatedComparisonResponse::of).toList();
    }
}

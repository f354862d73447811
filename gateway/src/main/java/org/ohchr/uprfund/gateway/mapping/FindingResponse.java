package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.Finding;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Finding", description = "Something the figures show: a report's figure that differs from the computed one, donors a"
        + " report's list leaves out, a link to an unknown recommendation...")
public record FindingResponse(
        @Schema(description = "STATED_FIGURE_DIFFERS, DONORS_NOT_NAMED_BY_REPORT, DONORS_NAMED_WITHOUT_ENTRIES,"
                + " UNKNOWN_RECOMMENDATION or UNKNOWN_DONOR") Finding.Kind kind,
        @Schema(examples = "contributions.total") String figure,
        @Schema(description = "The report stating the figure, when there is one") String report,
        @Schema(description = "The report's amount") BigDecimal statedUsd,
        @Schema(description = "The amount computed from the entries") BigDecimal computedUsd,
        @Schema(description = "statedUsd - computedUsd") BigDecimal differenceUsd,
        @Schema(description = "The donors or ids concerned") List<String> names,
        String detail) {

    public static FindingResponse of(Finding finding) {
        return new FindingResponse(finding.kind(), finding.figure(), finding.report(), finding.statedUsd(), finding.computedUsd(),
                finding.differenceUsd(), finding.names(), finding.detail());
    }

    public static List<FindingResponse> of(List<Finding> findings) {
        return findings.stream().map(FindingResponse::of).toList();
    }
}

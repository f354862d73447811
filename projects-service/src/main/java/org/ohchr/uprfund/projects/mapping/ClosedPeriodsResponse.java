package org.ohchr.uprfund.projects.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosedPeriods", description = "How far the books are closed for expenditure, as this service has heard it")
public record ClosedPeriodsResponse(
        @Schema(description = "Expenditure dated on or before it is refused; null while nothing is closed", nullable = true)
        LocalDate closedThrough,
        List<ClosedPeriodResponse> closings) {
}

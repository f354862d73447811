package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Approval", description = "How a project was approved")
public record ApprovalResponse(
        LocalDate approvedOn,
        @Schema(description = "US dollars at scale 2") BigDecimal approvedBudgetUsd,
        @Schema(description = "Where the State's request and consent are on record") String consentReference,
        Assessment assessment) {
}

package org.ohchr.uprfund.recommendations.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;

@Schema(name = "NewStatusChange", description = "A change of a recommendation's implementation status")
public record NewStatusChange(
        @Schema(required = true) ImplementationStatus status,
        @Schema(description = "An http(s) link to what shows the change (a law, a decree, a report); required for"
                + " PARTIALLY_IMPLEMENTED and IMPLEMENTED; at most 2,000 characters",
                examples = "https://www.example.gov.kh/land/communal-titles-2021.pdf") String evidence,
        @Schema(description = "At most 1,000 characters", examples = "Sub-decree on communal land titling adopted") String note) {
}

package org.ohchr.uprfund.contributions.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.IncomeKind;

@Schema(name = "IncomeKindLabel", description = "A kind of other income with its label in the language asked for")
public record IncomeKindLabel(
        IncomeKind code,
        String label,
        @Schema(description = "True for the kind whose losses are recorded as negative amounts") boolean mayBeNegative) {
}

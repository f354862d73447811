package org.ohchr.uprfund.contributions.mapping;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The closing of an accounting year. */
@Schema(name = "NewYearClosure", description = "Closes an accounting year, and with it every year before it")
public record NewYearClosure(
        @Size(max = 500) @Schema(description = "Why, or on what authority; optional",
                examples = "Audited financial statements 2020 approved") String note) {
}

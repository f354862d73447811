package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audited fund balance to carry forward. */
@Schema(name = "NewBalance", description = "An audited fund balance to carry forward")
public record NewBalance(
        @NotNull @Schema(description = "The day the balance opens: it includes every entry dated before it, none dated on or"
                + " after it. Not in the future; one balance per date.", examples = "2020-01-01") LocalDate balanceDate,
        @NotNull @Schema(description = "US dollars, at most two decimals", examples = "2352992.80") BigDecimal amountUsd,
        @NotBlank @Size(max = 300) @Schema(examples = "Audited financial statements 2019") String source,
        @Size(max = 300) @Schema(description = "Document symbol, page or line in the source",
                examples = "Statement of income and expenditure, fund balance at 31 December 2019") String reference) {
}

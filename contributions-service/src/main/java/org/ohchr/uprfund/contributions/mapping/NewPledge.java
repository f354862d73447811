package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A donor's pledge to record. */
@Schema(name = "NewPledge", description = "A donor's pledge to record")
public record NewPledge(
        @NotNull @Schema(description = "A registered donor", examples = "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11") UUID donorId,
        @NotNull @Schema(description = "Greater than zero, with no more decimals than the currency has", examples = "1000000")
        BigDecimal amount,
        @NotNull @Size(min = 3, max = 3) @Schema(description = "ISO 4217 code", examples = "NOK") String currency,
        @Schema(description = "US dollars per unit of the currency on the date pledged (at most 10 decimals); 1, or absent,"
                + " for USD", examples = "0.1075") BigDecimal usdPerUnit,
        @NotNull @Schema(description = "Date of the pledge; not in the future", examples = "2020-03-02") LocalDate pledgedOn,
        @NotNull @Size(max = 9) @Schema(description = "The period the pledge is for: a year (2020) or a biennium (2016-2017)",
                examples = "2020") String period,
        @Schema(description = "When payment is expected; not before the date pledged", examples = "2020-06-30") LocalDate dueOn) {
}

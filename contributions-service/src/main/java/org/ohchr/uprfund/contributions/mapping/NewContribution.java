package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money received from a donor, as received. */
@Schema(name = "NewContribution", description = "Money received from a donor, as received")
public record NewContribution(
        @NotNull @Schema(description = "A registered donor", examples = "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11") UUID donorId,
        @Schema(description = "The donor's pledge this pays, if any: in the same currency, not cancelled, and for no more than"
                + " is outstanding", examples = "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b") UUID pledgeId,
        @NotNull @Schema(description = "Date received; not in the future", examples = "2020-04-15") LocalDate receivedOn,
        @NotNull @Schema(description = "As received: greater than zero, no more decimals than the currency has", examples = "1000000")
        BigDecimal amount,
        @NotNull @Size(min = 3, max = 3) @Schema(description = "ISO 4217 code", examples = "NOK") String currency,
        @Schema(description = "US dollars per unit of the currency at receipt (at most 10 decimals); 1, or absent, for USD",
                examples = "0.0962") BigDecimal usdPerUnit,
        @Size(max = 9) @Schema(description = "The period it counts for in Table 2, a year (2020) or a biennium (2016-2017);"
                + " the pledge's period when absent and a pledge is paid", examples = "2020") String period,
        @Size(max = 100) @Schema(description = "The bank's reference of the transfer", examples = "NO-MFA-2020-0415") String bankReference) {
}

package org.ohchr.uprfund.contributions.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.DonorKind;

/** A donor to register. States are identified by their ISO 3166-1 alpha-3 code; other donors have none. */
@Schema(name = "NewDonor", description = "A donor to register")
public record NewDonor(
        @NotBlank @Size(max = 200) @Schema(examples = "Norway") String name,
        @NotNull @Schema(examples = "STATE") DonorKind kind,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as NOR")
        @Schema(examples = "NOR", description = "Required for States, absent for other donors") String iso3) {
}

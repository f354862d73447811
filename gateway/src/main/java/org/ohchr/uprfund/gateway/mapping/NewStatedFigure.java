package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a published report states about a figure the gateway computes. */
@Schema(name = "NewStatedFigure", description = "A figure as a published report states it")
public record NewStatedFigure(
        @Schema(description = "The report", examples = "Annual report of the UPR Voluntary Fund, 2020 (A/HRC/47/xx)")
        @NotNull @NotBlank @Size(max = 300) String report,
        @Schema(description = "contributions.total, contributions.donors or statement.<year>.<LINE>", examples = "contributions.total")
        @NotNull @NotBlank @Size(max = 100) String figure,
        @Schema(description = "The amount the report states, in US dollars (at most two decimals); required but for"
                + " contributions.donors", examples = "6924591", nullable = true) BigDecimal valueUsd,
        @Schema(description = "The donors the report names; required for contributions.donors, refused for the others",
                nullable = true) @Size(max = 300) List<@NotNull @NotBlank @Size(max = 200) String> donors,
        @Schema(description = "Where in the report, or any remark", nullable = true, examples = "Table 2, total")
        @Size(max = 1000) String note) {
}

package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearTotal", description = "The expenditure of one year, summed from its entries")
public record YearTotal(int year, @Schema(description = "Corrections included") BigDecimal amountUsd, long entries) {
}

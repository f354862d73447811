package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.CostCategory;

@Schema(name = "CategoryTotal", description = "The expenditure of one cost category, summed from its entries")
public record CategoryTotal(
        CostCategory category,
        @Schema(description = "In the language of Content-Language") String label,
        @Schema(description = "Corrections included; zero when there is none") BigDecimal amountUsd,
        long entries) {
}

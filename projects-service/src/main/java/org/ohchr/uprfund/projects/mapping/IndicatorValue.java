package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "A results indicator; each value may be unknown (null)")
public record IndicatorValue(
        @NotBlank @Size(max = 300) @Schema(examples = "Chief judges taking part in the round table on sentencing") String name,
        @NotBlank @Size(max = 100) @Schema(examples = "states") String unit,
        @Schema(description = "Decimal, as reported; null when unknown", nullable = true, examples = "0") BigDecimal baseline,
        @Schema(nullable = true, examples = "36") BigDecimal target,
        @Schema(nullable = true, examples = "36") BigDecimal actual) {
}

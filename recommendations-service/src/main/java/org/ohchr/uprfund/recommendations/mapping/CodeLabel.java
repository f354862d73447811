package org.ohchr.uprfund.recommendations.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeLabel", description = "A code and its label in the language asked for")
public record CodeLabel(@Schema(examples = "RIGHT_TO_EDUCATION") String code, @Schema(examples = "Right to education") String label) {
}

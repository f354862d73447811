package org.ohchr.uprfund.projects.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.AssessmentAnswer;

@Schema(name = "CriterionAnswer", description = "The answer to one of the questions (a) to (d), with the notes that justify it")
public record CriterionAnswer(
        @NotNull @Schema(examples = "YES") AssessmentAnswer answer,
        @NotBlank @Size(max = 2000) @Schema(examples = "Raised by the treaty bodies and special procedures in the last cycle")
        String notes) {
}

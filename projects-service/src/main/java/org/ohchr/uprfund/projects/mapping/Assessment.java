package org.ohchr.uprfund.projects.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The assessment of a proposal against the four questions of paragraph 19 of the fund's report. */
@Schema(name = "Assessment", description = "The proposal judged against the four questions the fund asks of every proposal")
public record Assessment(
        @Valid @NotNull @Schema(description = "(a) Have the treaty bodies and special procedures flagged the thematic issue?")
        CriterionAnswer a,
        @Valid @NotNull @Schema(description = "(b) Does it match the areas named in the High Commissioner's letter after the review?")
        CriterionAnswer b,
        @Valid @NotNull @Schema(description = "(c) Will it strengthen the national protection system and change law and practice?")
        CriterionAnswer c,
        @Valid @NotNull @Schema(description = "(d) Will it align human rights work with the targets and indicators of the SDGs?")
        CriterionAnswer d) {
}

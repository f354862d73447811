package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;
import org.ohchr.uprfund.recommendations.domain.RecommendationDraft;
import org.ohchr.uprfund.recommendations.domain.StateResponse;

/**
 * A recommendation as it is to be from now on: everything but what identifies it (State under review, cycle, document,
 * paragraph) and its implementation status (which changes through its plan). Absent properties become empty.
 */
@Schema(name = "RecommendationRevision", description = "A recommendation's content as it is to be from now on; its State, cycle,"
        + " document and paragraph do not change, nor its implementation status (see its implementation plan)")
public record RecommendationRevision(
        @Schema(examples = "[\"FRA\", \"URY\"]") List<String> recommendingStates,
        @Schema(required = true) Mechanism mechanism,
        @Schema(examples = "32", maxLength = 50) String session,
        @Schema(examples = "en", required = true) String language,
        @Schema(required = true) String text,
        Map<String, String> translations,
        @Schema(description = "PENDING when absent") StateResponse response,
        @Schema(examples = "5") Integer actionCategory,
        @Schema(examples = "[\"LAND_AND_HOUSING\"]") List<String> themes,
        @Schema(examples = "[\"INDIGENOUS_PEOPLES\"]") List<String> affectedPersons,
        @Schema(examples = "[1]") List<Integer> sdgGoals,
        @Schema(examples = "[\"1.4\"]") List<String> sdgTargets,
        @Schema(maxLength = 500) String note) {

    /** The draft of the revised recommendation: this revision on the key of {@code current}. */
    public RecommendationDraft draftOn(RecommendationContent current) {
        return new RecommendationDraft(current.stateUnderReview(), recommendingStates, mechanism, current.cycle(), session,
                current.documentSymbol(), current.paragraph().text(), language, text, translations, response, actionCategory, themes,
                affectedPersons, sdgGoals, sdgTargets, note);
    }
}

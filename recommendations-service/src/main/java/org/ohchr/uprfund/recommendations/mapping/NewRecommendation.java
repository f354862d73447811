package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.RecommendationDraft;
import org.ohchr.uprfund.recommendations.domain.StateResponse;

/** A recommendation to record. */
@Schema(name = "NewRecommendation", description = "A recommendation to record; (stateUnderReview, cycle, documentSymbol, paragraph)"
        + " identifies it and cannot change later")
public record NewRecommendation(
        @Schema(description = "The State under review, ISO 3166-1 alpha-3", examples = "KHM", required = true) String stateUnderReview,
        @Schema(description = "For a UPR recommendation, the States that made it (ISO 3166-1 alpha-3, at least one); none for"
                + " the other mechanisms", examples = "[\"FRA\", \"URY\"]") List<String> recommendingStates,
        @Schema(description = "Where it comes from", required = true) Mechanism mechanism,
        @Schema(description = "The UPR cycle, 1 to 4: required for UPR, optional otherwise", examples = "3") Integer cycle,
        @Schema(description = "The session, as the document names it", examples = "32", maxLength = 50) String session,
        @Schema(description = "The UN document symbol", examples = "A/HRC/41/17", required = true, maxLength = 100) String documentSymbol,
        @Schema(description = "The paragraph in the document", examples = "110.12", required = true) String paragraph,
        @Schema(description = "The language of text: ar, zh, en, fr, ru or es", examples = "en", required = true) String language,
        @Schema(description = "The recommendation's text, at most 20,000 characters", required = true) String text,
        @Schema(description = "The text in other UN languages, by language tag") Map<String, String> translations,
        @Schema(description = "The State's response; PENDING when absent") StateResponse response,
        @Schema(description = "UPR Info action category, 1 (minimal) to 5 (specific)", examples = "5") Integer actionCategory,
        @Schema(description = "Codes of GET /api/themes", examples = "[\"LAND_AND_HOUSING\", \"INDIGENOUS_PEOPLES\"]") List<String> themes,
        @Schema(description = "Codes of the groups concerned (GET /api/recommendations/vocabulary)", examples = "[\"INDIGENOUS_PEOPLES\"]")
        List<String> affectedPersons,
        @Schema(description = "SDGs, 1 to 17; the goal of every target is added", examples = "[1]") List<Integer> sdgGoals,
        @Schema(description = "SDG targets as numbered in the 2030 Agenda", examples = "[\"1.4\"]") List<String> sdgTargets,
        @Schema(description = "Its implementation status when recorded; NOT_STARTED when absent. Later changes go through its"
                + " implementation plan") ImplementationStatus implementationStatus,
        @Schema(description = "A note on the record, such as its source", maxLength = 500) String note) {

    public RecommendationDraft draft() {
        return new RecommendationDraft(stateUnderReview, recommendingStates, mechanism, cycle, session, documentSymbol, paragraph, language,
                text, translations, response, actionCategory, themes, affectedPersons, sdgGoals, sdgTargets, note);
    }
}

package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.SdgDecision;
import org.ohchr.uprfund.recommendations.domain.SdgSuggestion;
import org.ohchr.uprfund.recommendations.domain.SustainableDevelopmentGoals;
import org.ohchr.uprfund.recommendations.service.SdgSuggestionService.Suggested;

public final class SdgSuggestionMapper {

    public static final String METHOD = "lexicon";

    private SdgSuggestionMapper() {
    }

    public static SdgSuggestionsResponse toResponse(UUID recommendationId, List<Suggested> suggestions, UnLanguage language) {
        return new SdgSuggestionsResponse(recommendationId, METHOD, language.tag(),
                suggestions.stream().map(suggested -> toItem(suggested, language)).toList());
    }

    public static SdgSuggestionsResponse.Item toItem(Suggested suggested, UnLanguage language) {
        SdgSuggestion suggestion = suggested.suggestion();
        SdgSuggestionsResponse.Status status = suggested.linked() ? SdgSuggestionsResponse.Status.LINKED
                : suggested.decision().map(decision -> decision == SdgDecision.Decision.ACCEPTED ? SdgSuggestionsResponse.Status.ACCEPTED
                        : SdgSuggestionsResponse.Status.REJECTED).orElse(SdgSuggestionsResponse.Status.OPEN);
        return new SdgSuggestionsResponse.Item(suggestion.target(), suggestion.goal(),
                SustainableDevelopmentGoals.goal(suggestion.goal()).orElseThrow().title(language), suggestion.score(),
                suggestion.confidence(), suggestion.evidence(), status);
    }
}

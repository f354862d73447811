package org.ohchr.uprfund.recommendations.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.domain.Translations;

public final class RecommendationMapper {

    private RecommendationMapper() {
    }

    public static RecommendationResponse toResponse(Recommendation recommendation) {
        Map<String, String> translations = new LinkedHashMap<>();
        Translations.fromJson(recommendation.translations).forEach((language, text) -> translations.put(language.tag(), text));
        return new RecommendationResponse(recommendation.id, recommendation.stateUnderReview, List.of(recommendation.recommendingStates),
                recommendation.mechanism, recommendation.cycle, recommendation.session, recommendation.documentSymbol,
                recommendation.paragraph, recommendation.documentSymbol + ", para. " + recommendation.paragraph, recommendation.language,
                recommendation.text, translations, recommendation.response, recommendation.actionCategory, List.of(recommendation.themes),
                List.of(recommendation.affectedPersons), List.of(recommendation.sdgGoals), List.of(recommendation.sdgTargets),
                recommendation.implementationStatus, recommendation.note, recommendation.recordedAt, recommendation.recordedBy,
                recommendation.revisedAt, recommendation.revisedBy, recommendation.version);
    }
}

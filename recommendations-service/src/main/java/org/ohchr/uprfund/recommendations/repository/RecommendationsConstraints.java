package org.ohchr.uprfund.recommendations.repository;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.problem.UniqueConstraintMessages;

/** What this service's unique constraints protect, for the 409 a write that races with another one gets. */
@ApplicationScoped
public class RecommendationsConstraints implements UniqueConstraintMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            "recommendation_natural_key", "A recommendation with this State under review, cycle, document symbol and paragraph is"
                    + " already recorded",
            "sdg_suggestion_decision_pkey", "A decision on this suggestion was recorded at the same moment");

    @Override
    public Optional<String> describe(String constraint) {
        return Optional.ofNullable(MESSAGES.get(constraint));
    }
}

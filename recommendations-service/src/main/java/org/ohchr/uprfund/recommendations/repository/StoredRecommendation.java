package org.ohchr.uprfund.recommendations.repository;

import java.util.UUID;

import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;

/** A recommendation as an import finds it in the database, to compare a row with. */
public record StoredRecommendation(UUID id, RecommendationContent content, ImplementationStatus status) {
}

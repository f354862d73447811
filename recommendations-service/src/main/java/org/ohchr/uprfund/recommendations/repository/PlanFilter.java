package org.ohchr.uprfund.recommendations.repository;

import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Priority;

/** The filters of the implementation plan list, each optional. {@code institution} matches part of a name, in any case. */
public record PlanFilter(String stateUnderReview, Integer cycle, ImplementationStatus status, Priority priority, String institution) {
}

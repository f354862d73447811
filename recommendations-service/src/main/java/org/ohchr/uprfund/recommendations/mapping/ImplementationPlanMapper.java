package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;

import org.ohchr.uprfund.recommendations.domain.ImplementationPlan;
import org.ohchr.uprfund.recommendations.domain.Recommendation;

public final class ImplementationPlanMapper {

    private ImplementationPlanMapper() {
    }

    public static ImplementationPlanResponse toResponse(Recommendation recommendation, ImplementationPlan plan) {
        return new ImplementationPlanResponse(recommendation.id, recommendation.stateUnderReview,
                recommendation.documentSymbol + ", para. " + recommendation.paragraph, plan.priority, List.of(plan.responsibleInstitutions),
                plan.plannedStart, plan.plannedEnd, plan.resourcesNeeded, List.of(plan.indicators), recommendation.implementationStatus,
                plan.updatedAt, plan.updatedBy, recommendation.version);
    }
}

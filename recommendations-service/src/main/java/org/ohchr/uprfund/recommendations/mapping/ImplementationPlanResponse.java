package org.ohchr.uprfund.recommendations.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.Classified;
import org.ohchr.uprfund.platform.classification.VisibleTo;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Priority;

@Schema(name = "ImplementationPlan", description = "How a recommendation is to be implemented, and how far it is")
public record ImplementationPlanResponse(
        UUID recommendationId,
        @Schema(examples = "KHM") String stateUnderReview,
        @Schema(examples = "A/HRC/41/17, para. 110.12") String reference,
        Priority priority,
        List<String> responsibleInstitutions,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Schema(description = "Null while not planned", nullable = true) String resourcesNeeded,
        List<String> indicators,
        ImplementationStatus implementationStatus,
        @Schema(description = "When the plan was last written; null while nothing is planned") Instant updatedAt,
        @Classified(Audience.RECOMMENDATION_STAFF)
        @Schema(description = "Who last wrote the plan. " + VisibleTo.RECOMMENDATION_STAFF, nullable = true)
        String updatedBy,
        @Schema(description = "Version of the plan and of its recommendation: its ETag") long version) {
}

package org.ohchr.uprfund.recommendations.mapping;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.Classified;
import org.ohchr.uprfund.platform.classification.VisibleTo;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.StatusChange;

@Schema(name = "StatusChange", description = "One change of a recommendation's implementation status: history, never changed")
public record StatusChangeResponse(UUID id, UUID recommendationId, ImplementationStatus previousStatus, ImplementationStatus status,
        @Schema(description = "A link to the evidence of the change; null when none was given", nullable = true) String evidence,
        @Schema(description = "Null when none was given", nullable = true) String note,
        Instant changedAt,
        @Classified(Audience.RECOMMENDATION_STAFF)
        @Schema(description = "Who changed it. " + VisibleTo.RECOMMENDATION_STAFF) String changedBy) {

    public static StatusChangeResponse of(StatusChange change) {
        return new StatusChangeResponse(change.id, change.recommendationId, change.previousStatus, change.status, change.evidence,
                change.note, change.changedAt, change.changedBy);
    }
}

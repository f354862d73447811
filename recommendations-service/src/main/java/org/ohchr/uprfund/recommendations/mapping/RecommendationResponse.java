package org.ohchr.uprfund.recommendations.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.Classified;
import org.ohchr.uprfund.platform.classification.VisibleTo;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.StateResponse;

@Schema(name = "Recommendation", description = "A recommendation, with the current status of its implementation")
public record RecommendationResponse(
        UUID id,
        @Schema(examples = "KHM") String stateUnderReview,
        @Schema(examples = "[\"FRA\", \"URY\"]") List<String> recommendingStates,
        Mechanism mechanism,
        @Schema(examples = "3") Integer cycle,
        @Schema(examples = "32") String session,
        @Schema(examples = "A/HRC/41/17") String documentSymbol,
        @Schema(examples = "110.12") String paragraph,
        @Schema(description = "Document and paragraph, as cited", examples = "A/HRC/41/17, para. 110.12") String reference,
        @Schema(examples = "en") String language,
        String text,
        @Schema(description = "The text in other UN languages, by language tag") Map<String, String> translations,
        StateResponse response,
        @Schema(examples = "5") Integer actionCategory,
        List<String> themes,
        List<String> affectedPersons,
        List<Integer> sdgGoals,
        List<String> sdgTargets,
        ImplementationStatus implementationStatus,
        @Schema(description = "Null when none was given", nullable = true) String note,
        Instant recordedAt,
        @Classified(Audience.RECOMMENDATION_STAFF)
        @Schema(description = "Who recorded it. " + VisibleTo.RECOMMENDATION_STAFF) String recordedBy,
        @Schema(description = "When it was last revised; null while never revised", nullable = true) Instant revisedAt,
        @Classified(Audience.RECOMMENDATION_STAFF)
        @Schema(description = "Who last revised it; null while never revised. " + VisibleTo.RECOMMENDATION_STAFF, nullable = true)
        String revisedBy,
        @Schema(description = "Version of the recommendation and of its plan: its ETag") long version) {
}

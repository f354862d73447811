package org.ohchr.uprfund.recommendations.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.recommendations.domain.Priority;

/** A recommendation's implementation plan as it is to be from now on; absent properties become empty. */
@Schema(name = "PlanChanges", description = "An implementation plan as it is to be from now on (its status changes apart, with"
        + " POST .../status-changes)")
public record PlanChanges(
        Priority priority,
        @Schema(description = "At most 20, each at most 200 characters", examples = "[\"Ministry of Land Management\"]")
        List<String> responsibleInstitutions,
        @Schema(examples = "2021-01-01") LocalDate plannedStart,
        @Schema(description = "Not before plannedStart", examples = "2022-12-31") LocalDate plannedEnd,
        @Schema(description = "At most 2,000 characters", examples = "Two land-titling officers per province") String resourcesNeeded,
        @Schema(description = "Indicators of achievement: at most 20, each at most 500 characters",
                examples = "[\"Number of communal land titles issued to indigenous communities\"]") List<String> indicators) {
}

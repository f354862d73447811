package org.ohchr.uprfund.gateway.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.ReplaySummary;

@Schema(name = "ReplaySummary", description = "What a replay of every parked record did")
public record ReplaySummaryResponse(
        @Schema(description = "Records replayed: those parked when it began") int replayed,
        @Schema(description = "Applied by the replay") int applied,
        @Schema(description = "Found applied already (the same event arrived again meanwhile)") int duplicates,
        @Schema(description = "Refused again: still parked, with the new reason") int stillParked) {

    public static ReplaySummaryResponse of(ReplaySummary summary) {
        return new ReplaySummaryResponse(summary.replayed(), summary.applied(), summary.duplicates(), summary.stillParked());
    }
}

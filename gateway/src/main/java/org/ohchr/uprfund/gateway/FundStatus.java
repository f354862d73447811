package org.ohchr.uprfund.gateway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fund as the read model sees it now, and how fresh each of its sources is. */
@Schema(name = "FundStatus", description = "The fund as the gateway's read model sees it, and how fresh each source is")
public record FundStatus(
        @Schema(description = "When this status was computed") Instant asOf,
        Donors donors,
        @Schema(description = "One entry per topic the read model is built from, by topic name") List<Source> sources) {

    @Schema(name = "FundStatusDonors", description = "Donors registered with the fund")
    public record Donors(
            @Schema(description = "All donors registered", examples = "3") long registered,
            @Schema(description = "Donors that are States", examples = "2") long states,
            @Schema(description = "Organisations and private donors", examples = "1") long others) {
    }

    @Schema(name = "FundStatusSource", description = "How far the read model has come on one topic")
    public record Source(
            @Schema(description = "Kafka topic", examples = "fund.contributions.v1") String topic,
            @Schema(description = "Events applied from it (redeliveries excluded)") long eventsApplied,
            @Schema(description = "Redelivered events recognised and ignored") long duplicatesIgnored,
            @Schema(description = "Id of the last event applied; null before the first", nullable = true) UUID lastEventId,
            @Schema(description = "Type of the last event applied; null before the first", nullable = true) String lastEventType,
            @Schema(description = "When the last event applied happened, per its producer; null before the first", nullable = true)
            Instant lastEventTime,
            @Schema(description = "When the gateway applied it; null before the first", nullable = true) Instant lastAppliedAt,
            @Schema(description = "Seconds between the last event happening and the gateway applying it (at least 0); null before"
                    + " the first", nullable = true) Double lagSeconds) {
    }
}

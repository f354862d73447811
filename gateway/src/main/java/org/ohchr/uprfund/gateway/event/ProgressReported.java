package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.ProgressStatus;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.projects.ProgressReported}: a field office reported a project's progress for a period. */
public record ProgressReported(UUID updateId, UUID projectId, String iso3, LocalDate periodStart, LocalDate periodEnd,
        ProgressStatus status, String narrative, List<UUID> recommendationIds, List<Indicator> indicators, String reportedBy,
        Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProgressReported";

    public static ProgressReported from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ProgressReported.class);
    }

    /** A measure of progress; its figures are decimals held in strings, any of them may be null. */
    public record Indicator(String name, String unit, String baseline, String target, String actual) {
    }
}

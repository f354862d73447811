package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.StrategicArea;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.projects.ProjectProposed}: a field presence proposed a country project. */
public record ProjectProposed(UUID projectId, String code, String iso3, String title, String fieldPresence,
        StrategicArea strategicArea, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budgetUsd, String budgetNote, Integer genderMarker,
        List<UUID> recommendationIds, List<Integer> sdgGoals, String proposedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectProposed";

    public static ProjectProposed from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ProjectProposed.class);
    }
}

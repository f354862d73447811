package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.StrategicArea;

/** Data of {@code org.ohchr.uprfund.projects.ProjectProposed}: a field presence proposed a country project. */
public record ProjectProposed(UUID projectId, String code, String iso3, String title, String fieldPresence,
        StrategicArea strategicArea, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budgetUsd, String budgetNote, Integer genderMarker,
        List<UUID> recommendationIds, List<Integer> sdgGoals, String proposedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectProposed";

    /**
     * projects-service's addition to the contract, {@code budgetNote} (text or null): read when it is there, and not
     * required, since the contract does not have it.
     */
    static String budgetNote(EventData data) {
        return data.has("budgetNote") ? data.textOrNull("budgetNote", 500) : null;
    }

    public static ProjectProposed from(EventData data) {
        return new ProjectProposed(data.uuid("projectId"), data.text("code", 100), data.iso3("iso3"), data.text("title", 500),
                data.textOrNull("fieldPresence", 300), data.constantOrNull("strategicArea", StrategicArea.class),
                data.dateOrNull("plannedStart"), data.dateOrNull("plannedEnd"), data.usdNotNegative("budgetUsd"), budgetNote(data),
                data.integerOrNull("genderMarker", 0, 3), data.uuids("recommendationIds"), data.integers("sdgGoals", 1, 17),
                data.text("proposedBy", 300), data.instant("recordedAt"));
    }
}

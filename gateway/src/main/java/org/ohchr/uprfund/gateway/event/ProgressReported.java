package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.ProgressStatus;

/** Data of {@code org.ohchr.uprfund.projects.ProgressReported}: a field office reported a project's progress for a period. */
public record ProgressReported(UUID updateId, UUID projectId, String iso3, LocalDate periodStart, LocalDate periodEnd,
        ProgressStatus status, String narrative, List<UUID> recommendationIds, List<Indicator> indicators, String reportedBy,
        Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProgressReported";

    public static ProgressReported from(EventData data) {
        LocalDate start = data.date("periodStart");
        LocalDate end = data.date("periodEnd");
        if (end.isBefore(start)) {
            throw EventRejectedException.schema("ProgressReported: data.periodEnd must not be before periodStart");
        }
        return new ProgressReported(data.uuid("updateId"), data.uuid("projectId"), data.iso3("iso3"), start, end,
                data.constant("status", ProgressStatus.class), data.text("narrative", 10_000), data.uuids("recommendationIds"),
                data.objects("indicators", Indicator::from), data.text("reportedBy", 300), data.instant("recordedAt"));
    }

    /** A measure of progress; its figures are decimals held in strings, any of them may be null. */
    public record Indicator(String name, String unit, String baseline, String target, String actual) {

        static Indicator from(EventData data) {
            return new Indicator(data.text("name", 300), data.text("unit", 100), data.decimalTextOrNull("baseline"),
                    data.decimalTextOrNull("target"), data.decimalTextOrNull("actual"));
        }
    }
}

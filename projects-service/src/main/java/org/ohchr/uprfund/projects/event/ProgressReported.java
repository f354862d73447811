package org.ohchr.uprfund.projects.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.Indicator;
import org.ohchr.uprfund.projects.domain.ProgressStatus;
import org.ohchr.uprfund.projects.domain.ProgressUpdate;

/**
 * A field office reported progress on a project. Indicator values are decimal strings as reported, or null.
 * Schema: {@code META-INF/resources/events/ProgressReported.json}.
 */
public record ProgressReported(UUID updateId, UUID projectId, String iso3, LocalDate periodStart, LocalDate periodEnd,
        ProgressStatus status, String narrative, List<UUID> recommendationIds, List<IndicatorData> indicators, String reportedBy,
        Instant recordedAt) implements ProjectEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProgressReported";

    public static ProgressReported of(ProgressUpdate update) {
        return new ProgressReported(update.id, update.projectId, update.iso3, update.periodStart, update.periodEnd, update.status,
                update.narrative, List.of(update.recommendationIds), update.indicators.stream().map(IndicatorData::of).toList(),
                update.recordedBy, update.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    public record IndicatorData(String name, String unit, String baseline, String target, String actual) {

        static IndicatorData of(Indicator indicator) {
            return new IndicatorData(indicator.name, indicator.unit, plain(indicator.baseline), plain(indicator.target),
                    plain(indicator.actual));
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }
}

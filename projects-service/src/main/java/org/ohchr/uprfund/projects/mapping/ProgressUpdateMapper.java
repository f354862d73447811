package org.ohchr.uprfund.projects.mapping;

import java.util.List;

import org.ohchr.uprfund.projects.domain.ProgressUpdate;

public final class ProgressUpdateMapper {

    private ProgressUpdateMapper() {
    }

    public static ProgressUpdateResponse toResponse(ProgressUpdate update) {
        return new ProgressUpdateResponse(update.id, update.projectId, update.iso3, update.periodStart, update.periodEnd, update.status,
                update.narrative,
                update.indicators.stream()
                        .map(indicator -> new IndicatorValue(indicator.name, indicator.unit, indicator.baseline, indicator.target, indicator.actual))
                        .toList(),
                List.of(update.recommendationIds), update.recordedBy, update.recordedAt);
    }
}

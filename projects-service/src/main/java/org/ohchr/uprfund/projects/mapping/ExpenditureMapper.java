package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.util.List;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.projects.domain.ClosedPeriod;
import org.ohchr.uprfund.platform.period.ClosedPeriods;
import org.ohchr.uprfund.projects.domain.Expenditure;
import org.ohchr.uprfund.projects.domain.ExpenditureTotals;
import org.ohchr.uprfund.projects.domain.UsdAmounts;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository;

public final class ExpenditureMapper {

    private ExpenditureMapper() {
    }

    /** @param correctedUsd what corrections took back from the entry, positive; null when none did */
    public static ExpenditureResponse toResponse(Expenditure entry, BigDecimal correctedUsd) {
        ExpenditureReconciliation reconciliation = entry.isReconciliation()
                ? new ExpenditureReconciliation(entry.reconciliationLine, entry.reconciliationNote, null)
                : null;
        BigDecimal corrected = entry.isCorrection() ? null : correctedUsd == null ? BigDecimal.ZERO.setScale(UsdAmounts.SCALE) : correctedUsd;
        return new ExpenditureResponse(entry.id, entry.projectId, entry.iso3, entry.spentOn, entry.costCategory, entry.amountUsd,
                entry.description, entry.reference, reconciliation, entry.correctsId, corrected,
                corrected == null ? null : entry.amountUsd.subtract(corrected), entry.recordedAt);
    }

    public static ExpenditureSummaryResponse toResponse(ExpenditureTotals totals, ExpenditureRepository.Filter filter, UnLanguage language) {
        return new ExpenditureSummaryResponse(filter.dates().from(), filter.dates().to(), filter.projectId(), filter.iso3(),
                filter.level() == null ? null : filter.level().name(),
                totals.byCategory().stream()
                        .map(sum -> new CategoryTotal(sum.category(), sum.category().label(language), sum.amountUsd(), sum.entries()))
                        .toList(),
                totals.byYear().stream().map(sum -> new YearTotal(sum.year(), sum.amountUsd(), sum.entries())).toList(),
                totals.totalUsd(), totals.entries());
    }

    public static ClosedPeriodsResponse toResponse(ClosedPeriods current, List<ClosedPeriod> closings) {
        return new ClosedPeriodsResponse(current.closedThrough(), closings.stream().map(ExpenditureMapper::toResponse).toList());
    }

    private static ClosedPeriodResponse toResponse(ClosedPeriod closing) {
        String type = closing.eventType.substring(closing.eventType.lastIndexOf('.') + 1);
        return new ClosedPeriodResponse(closing.eventId, type, closing.closedThrough, closing.year, closing.balanceDate, closing.occurredAt,
                closing.appliedAt);
    }
}

package org.ohchr.uprfund.contributions.mapping;

import java.util.Arrays;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.IncomeEntry;
import org.ohchr.uprfund.contributions.domain.IncomeKind;
import org.ohchr.uprfund.platform.reference.UnLanguage;

public final class IncomeMapper {

    private IncomeMapper() {
    }

    /** @param reversedByIncomeId the entry reversing this one, or null */
    public static IncomeResponse toResponse(IncomeEntry entry, UUID reversedByIncomeId) {
        IncomeReconciliation reconciliation = entry.isReconciliation()
                ? new IncomeReconciliation(entry.reconciliationLine, entry.reconciliationNote, null)
                : null;
        return new IncomeResponse(entry.id, entry.kind, entry.accountingDate, entry.amountUsd, entry.description, entry.donorId,
                entry.pledgePeriod, reconciliation, entry.reversedIncomeId, reversedByIncomeId, entry.recordedAt);
    }

    public static IncomeKindLabels kindLabels(UnLanguage language) {
        return new IncomeKindLabels(language.tag(), Arrays.stream(IncomeKind.values())
                .map(kind -> new IncomeKindLabel(kind, kind.label(language), kind.mayBeNegative()))
                .toList());
    }
}

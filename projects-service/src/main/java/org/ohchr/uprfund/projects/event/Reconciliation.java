package org.ohchr.uprfund.projects.event;

import org.ohchr.uprfund.projects.domain.Expenditure;

/** Present on an expenditure entry that exists only to reconcile the books with a published report. */
public record Reconciliation(String reportLine, String note) {

    static Reconciliation of(Expenditure entry) {
        return entry.isReconciliation() ? new Reconciliation(entry.reconciliationLine, entry.reconciliationNote) : null;
    }
}

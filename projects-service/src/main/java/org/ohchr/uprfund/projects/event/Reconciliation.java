package org.ohchr.uprfund.projects.event;

import org.ohchr.uprfund.projects.domain.Expenditure;

/**
 * Present on an expenditure entry that exists only to reconcile the books with a published report: the code of the
 * statement's expenditure line it sits on (null only for an entry labelled before lines were codes whose text named no
 * expenditure line), and why.
 */
public record Reconciliation(String line, String note) {

    static Reconciliation of(Expenditure entry) {
        return entry.isReconciliation() ? new Reconciliation(entry.reconciliationLine, entry.reconciliationNote) : null;
    }
}

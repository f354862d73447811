package org.ohchr.uprfund.platform.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry of income or expenditure in US dollars that may be a reconciliation entry: one made so that the figures
 * agree with a published report, placed on a line of that report's statement of income and expenditure (Table 1) and
 * saying why. Its producer and the gateway keep it under the same columns; entries are never updated.
 */
@MappedSuperclass
public abstract class ReconcilableEntry {

    /**
     * The code of the statement line this entry is reconciled on, a line of its own section (the codes of its producer's
     * {@code reconciliation.line}); null for an ordinary entry, and for a reconciliation entry labelled before lines were
     * codes whose text named no line, which stays on the line of its kind.
     */
    @Column(name = "reconciliation_line", length = 60, updatable = false)
    public String reconciliationLine;

    /** Why the entry exists, quoting the report's line and figures; set on every reconciliation entry, null on the others. */
    @Column(name = "reconciliation_note", updatable = false)
    public String reconciliationNote;

    public boolean isReconciliation() {
        return reconciliationNote != null;
    }
}

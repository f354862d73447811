package org.ohchr.uprfund.gateway.domain;

/** Where a country project stands. */
public enum ProjectStatus {
    PROPOSED, APPROVED, ACTIVE, SUSPENDED, COMPLETED, CANCELLED;

    /** True for a project the fund has approved and not cancelled: it counts as funded. */
    public boolean isFunded() {
        return this == APPROVED || this == ACTIVE || this == SUSPENDED || this == COMPLETED;
    }
}

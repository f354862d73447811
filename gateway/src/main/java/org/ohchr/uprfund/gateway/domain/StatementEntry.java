package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry behind a line of a statement: what it is, its date and amount as it counts on the line, and for an entry that
 * reconciles with a published report, the line it is reconciled on (null when it stays on the line of its kind) and why.
 *
 * @param source what kind of entry, which says where it is kept ({@link Source#path()})
 * @param keptUnder the id the keeping service shows it under: its own, or for an exchange difference its contribution's
 */
public record StatementEntry(StatementLine line, Source source, UUID id, UUID keptUnder, LocalDate date, BigDecimal amountUsd,
        String description, StatementLine reconciledOn, String reconciliationNote) {

    /** Where an entry comes from, and the API path of its kind at the service that keeps it. */
    public enum Source {
        CONTRIBUTION("/api/contributions/"),
        EXCHANGE_DIFFERENCE("/api/contributions/"),
        INCOME("/api/income/"),
        EXPENDITURE("/api/expenditures/"),
        PLEDGE("/api/pledges/");

        private final String path;

        Source(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }
}

package org.ohchr.uprfund.gateway.repository;

import java.time.LocalDate;

/**
 * The window of accounting dates a figure sums: from the balance carried forward's date (every date before, when there
 * is none) to the date asked for, both included. Queries bind {@code :from} and {@code :to}.
 */
final class Windows {

    /** Stands for "no lower bound": before every date the suite accepts. */
    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    private Windows() {
    }

    static String clause(String dateColumn, LocalDate from) {
        return dateColumn + " >= :from and " + dateColumn + " <= :to";
    }

    static LocalDate from(LocalDate from) {
        return from == null ? BEGINNING : from;
    }
}

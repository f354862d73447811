package org.ohchr.uprfund.projects.domain;

import java.time.LocalDate;

/**
 * How far the fund's books are closed, as this service last heard from contributions-service: expenditure dated on or
 * before {@link #closedThrough()} is refused, and corrections go into the open year.
 *
 * @param closedThrough the last closed day, or null while nothing is closed
 */
public record ClosedPeriods(LocalDate closedThrough) {

    public static final ClosedPeriods NONE = new ClosedPeriods(null);

    public boolean isClosed(LocalDate date) {
        return closedThrough != null && !date.isAfter(closedThrough);
    }

    /** @throws PeriodClosedException naming {@code field} when {@code date} is in a closed period */
    public LocalDate requireOpen(String field, LocalDate date) {
        if (isClosed(date)) {
            throw new PeriodClosedException(field, date, closedThrough);
        }
        return date;
    }
}

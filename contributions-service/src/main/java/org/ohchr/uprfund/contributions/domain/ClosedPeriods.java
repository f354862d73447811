package org.ohchr.uprfund.contributions.domain;

import java.time.LocalDate;

/**
 * How far the books are closed. A fund manager closes an accounting year, which closes the years before it too; and
 * a balance carried forward closes everything dated before its date (it already contains those entries, so an entry
 * dated there would silently fall out of every roll-forward). Entries dated on or before {@link #closedThrough()} are
 * refused.
 *
 * @param closedThrough the last closed day, or null while nothing is closed
 */
public record ClosedPeriods(LocalDate closedThrough) {

    /**
     * @param lastClosedYear the latest year a fund manager closed, or null
     * @param latestBalanceDate the date of the latest balance carried forward, or null
     */
    public static ClosedPeriods of(Integer lastClosedYear, LocalDate latestBalanceDate) {
        LocalDate byYear = lastClosedYear == null ? null : LocalDate.of(lastClosedYear, 12, 31);
        LocalDate byBalance = latestBalanceDate == null ? null : latestBalanceDate.minusDays(1);
        if (byYear == null || (byBalance != null && byBalance.isAfter(byYear))) {
            return new ClosedPeriods(byBalance);
        }
        return new ClosedPeriods(byYear);
    }

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

package org.ohchr.uprfund.platform.period;

import java.time.LocalDate;

/**
 * How far a ledger's books are closed: entries dated on or before {@link #closedThrough()} are refused, and corrections
 * go into the open year. A ledger closes a year when it confirms its closing (which closes every year before it too),
 * and a balance carried forward closes everything dated before its date (it already contains those entries, so an entry
 * dated there would silently fall out of every roll-forward).
 *
 * @param closedThrough the last closed day, or null while nothing is closed
 */
public record ClosedPeriods(LocalDate closedThrough) {

    public static final ClosedPeriods NONE = new ClosedPeriods(null);

    /**
     * @param lastConfirmedYear the latest year whose closing this ledger confirmed, or null
     * @param latestBalanceDate the date of the latest balance carried forward, or null
     */
    public static ClosedPeriods of(Integer lastConfirmedYear, LocalDate latestBalanceDate) {
        LocalDate byYear = lastConfirmedYear == null ? null : LocalDate.of(lastConfirmedYear, 12, 31);
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

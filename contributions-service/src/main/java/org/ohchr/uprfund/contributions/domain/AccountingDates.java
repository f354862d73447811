package org.ohchr.uprfund.contributions.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Accounting dates of money already received or audited cannot be in the future. "Today" is taken in the earliest time
 * zone (UTC+14), so that an office anywhere may date an entry with its own today.
 */
public final class AccountingDates {

    private static final ZoneOffset EARLIEST_TIME_ZONE = ZoneOffset.ofHours(14);

    private AccountingDates() {
    }

    /** The latest accounting date accepted at the instant {@code clock} gives. */
    public static LocalDate latestAccepted(Clock clock) {
        return LocalDate.now(clock.withZone(EARLIEST_TIME_ZONE));
    }

    /** @throws InvalidFieldException when {@code date} is after {@link #latestAccepted(Clock)} */
    public static LocalDate requireNotFuture(String field, LocalDate date, Clock clock) {
        if (date.isAfter(latestAccepted(clock))) {
            throw new InvalidFieldException(field, "must not be in the future");
        }
        return date;
    }
}

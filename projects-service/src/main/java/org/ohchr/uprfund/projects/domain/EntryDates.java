package org.ohchr.uprfund.projects.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Dates of what already happened (money spent, an approval, the start of a reporting period) cannot be in the future.
 * "Today" is taken in the earliest time zone (UTC+14), so that an office anywhere may use its own today.
 */
public final class EntryDates {

    private static final ZoneOffset EARLIEST_TIME_ZONE = ZoneOffset.ofHours(14);

    private EntryDates() {
    }

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

package org.ohchr.uprfund.platform.period;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * The suite's one "today", and the dates it bounds. Today is the date in UTC, in every service and in the gateway: an
 * entry dated today is accepted from 00:00 UTC, and a fund status as of today is answered from the same instant, so
 * that nothing is recorded at a date the read side refuses to report. Dates of what already happened (money received
 * or spent, an approval, an audited balance) cannot be after today; a year is over once today is in a later year.
 */
public final class EntryDates {

    /** The zone of the suite's today. */
    public static final ZoneOffset ZONE = ZoneOffset.UTC;

    private EntryDates() {
    }

    /** Today, in UTC, at the instant {@code clock} gives. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** True once {@code year} is over, in UTC. */
    public static boolean isOver(int year, Clock clock) {
        return year < today(clock).getYear();
    }

    /** @throws InvalidFieldException naming {@code field} when {@code date} is after {@link #today(Clock)} */
    public static LocalDate requireNotFuture(String field, LocalDate date, Clock clock) {
        if (date.isAfter(today(clock))) {
            throw new InvalidFieldException(field, "must not be in the future (today is " + today(clock) + " UTC)");
        }
        return date;
    }
}

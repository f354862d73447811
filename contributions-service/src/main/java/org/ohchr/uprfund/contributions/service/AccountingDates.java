package org.ohchr.uprfund.contributions.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

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

    /**
     * Reads the optional query parameters {@code from} and {@code to} of a list, both included.
     *
     * @throws InvalidFieldException when either is not a date, or {@code to} is before {@code from}
     */
    public static Range parseRange(String from, String to) {
        LocalDate first = parseParameter("from", from);
        LocalDate last = parseParameter("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        return new Range(first, last);
    }

    /** An inclusive range of dates; a null bound is open. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /**
     * Reads an optional date query parameter, so that a malformed one is a 400 naming the parameter.
     *
     * @throws InvalidFieldException when {@code value} is not an ISO 8601 date such as 2020-12-31
     */
    public static LocalDate parseParameter(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException(parameter, "must be a date such as 2020-12-31");
        }
    }
}

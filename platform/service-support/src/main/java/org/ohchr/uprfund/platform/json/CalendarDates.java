package org.ohchr.uprfund.platform.json;

import java.time.LocalDate;

/**
 * The dates the suite accepts, in bodies and in query parameters: years 1900 to 9999. Earlier or later years are
 * typing mistakes, and years before the Gregorian calendar's general use would not survive the trip to the database.
 */
public final class CalendarDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    public static final String RANGE_MESSAGE = "must be a date from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31";

    private CalendarDates() {
    }

    public static boolean isKept(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}

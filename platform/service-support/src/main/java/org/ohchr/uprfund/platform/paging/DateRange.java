package org.ohchr.uprfund.platform.paging;

import java.time.LocalDate;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/** An inclusive range of dates filtering a list ({@code from}, {@code to}); either bound may be open (null). */
public record DateRange(LocalDate from, LocalDate to) {

    /** @throws InvalidFieldException naming {@code to} when it is before {@code from} */
    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from (" + from + ")");
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    public boolean isOpen() {
        return from == null && to == null;
    }
}

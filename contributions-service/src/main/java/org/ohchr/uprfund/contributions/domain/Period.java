package org.ohchr.uprfund.contributions.domain;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * The period a pledge or contribution is for, as Table 2 of the report groups them: one year ({@code 2020}) or a
 * biennium ({@code 2016-2017}, whose second year follows the first). Ordered by first year, then last year.
 */
public record Period(int firstYear, int lastYear) implements Comparable<Period> {

    /** Earliest and latest years accepted: the fund began in 2008; the bounds only catch typing mistakes. */
    public static final int EARLIEST_YEAR = 1990;
    public static final int LATEST_YEAR = 2100;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    private static final Comparator<Period> ORDER = Comparator.comparingInt(Period::firstYear).thenComparingInt(Period::lastYear);

    public Period {
        if (firstYear < EARLIEST_YEAR || lastYear > LATEST_YEAR) {
            throw new IllegalArgumentException("Years must be between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        if (lastYear != firstYear && lastYear != firstYear + 1) {
            throw new IllegalArgumentException("A period is one year or a biennium whose second year is the first plus one");
        }
    }

    public static Period year(int year) {
        return new Period(year, year);
    }

    /**
     * @param field the request field named in the problem when {@code text} is not a period
     * @throws InvalidFieldException unless {@code text} is a year such as 2020 or a biennium such as 2016-2017
     */
    public static Period parse(String field, String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidFieldException(field, "must be a year such as 2020 or a biennium such as 2016-2017");
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
        if (matcher.group(2) != null && last != first + 1) {
            throw new InvalidFieldException(field, "is not a biennium: its second year must be the first plus one");
        }
        try {
            return new Period(first, last);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    /** {@link #parse}, or null when {@code text} is absent or blank (an optional query parameter). */
    public static Period parseIfPresent(String field, String text) {
        return text == null || text.isBlank() ? null : parse(field, text);
    }

    public boolean isBiennium() {
        return lastYear != firstYear;
    }

    /** True when every year of this period lies within {@code other}. */
    public boolean within(Period other) {
        return firstYear >= other.firstYear && lastYear <= other.lastYear;
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** {@code 2020} or {@code 2016-2017}. */
    @Override
    public String toString() {
        return isBiennium() ? firstYear + "-" + lastYear : Integer.toString(firstYear);
    }
}

package org.ohchr.uprfund.gateway.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statement of every year that has one, as computed from the read model when its rows were {@code rows}.
 *
 * @param byYear the statements, by year
 * @param rows the read model's rows when they were computed, to tell which years a later change touches
 * @param computed how many of the statements were computed for this book (the others were kept from the one before)
 */
public record StatementBook(Map<Integer, Statement> byYear, DatedRows rows, int computed) {

    public StatementBook {
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    public Optional<Statement> of(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /** Every statement, oldest year first. */
    public List<Statement> all() {
        return List.copyOf(byYear.values());
    }
}

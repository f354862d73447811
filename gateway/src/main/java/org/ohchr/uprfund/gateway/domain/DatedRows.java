package org.ohchr.uprfund.gateway.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many rows each table that a statement is computed from holds, by the year they are dated in. Those tables only
 * grow (financial entries are never updated or deleted), so a statement can have changed only where a count did: a row
 * dated in a year changes that year's statement and every later one (their opening balances and receivables roll
 * forward from it); a closing of a year changes the state of its books and of every year before it.
 *
 * @param counts rows by table and year
 */
public record DatedRows(Map<Key, Long> counts) {

    /** The tables of year closings: they change the books of their year and the years before, not after. */
    public static final Set<String> CLOSINGS = Set.of("fund_year_closure", "fund_year_closing");

    public DatedRows {
        counts = Map.copyOf(counts);
    }

    /** The years, among {@code years}, whose statement may differ from the one computed when the rows were {@code before}. */
    public Set<Integer> yearsChangedSince(DatedRows before, Iterable<Integer> years) {
        Set<Key> changed = new HashSet<>(counts.keySet());
        changed.addAll(before.counts.keySet());
        changed.removeIf(key -> counts.getOrDefault(key, 0L).equals(before.counts.getOrDefault(key, 0L)));
        int fromEntries = Integer.MAX_VALUE;
        int throughClosings = Integer.MIN_VALUE;
        for (Key key : changed) {
            if (CLOSINGS.contains(key.table())) {
                throughClosings = Math.max(throughClosings, key.year());
            } else {
                fromEntries = Math.min(fromEntries, key.year());
            }
        }
        Set<Integer> stale = new HashSet<>();
        for (int year : years) {
            if (year >= fromEntries || year <= throughClosings) {
                stale.add(year);
            }
        }
        return stale;
    }

    /** A table and a year its rows are dated in. */
    public record Key(String table, int year) {
    }
}

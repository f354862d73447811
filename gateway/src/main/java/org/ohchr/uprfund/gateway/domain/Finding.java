package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something the figures show that a reader should know: a report's figure that differs from the one computed from the
 * entries, donors a report's list leaves out or names without entries, links to recommendations the read model does not
 * know. Shown, never hidden or corrected.
 *
 * @param figure the figure concerned, such as {@code contributions.total}
 * @param report the report stating it; null for a finding of the data alone
 * @param differenceUsd stated - computed, for an amount
 * @param names the donors (or ids) concerned, for a list
 */
public record Finding(Kind kind, String figure, String report, BigDecimal statedUsd, BigDecimal computedUsd, BigDecimal differenceUsd,
        List<String> names, String detail) {

    public enum Kind {
        /** A report's amount differs from the computed one. */
        STATED_FIGURE_DIFFERS,
        /** A report's amount the suite cannot compute from what it holds (no computed amount, not 0.00). */
        STATED_FIGURE_NOT_COMPUTED,
        /** Donors with entries in the table that the report's list does not name. */
        DONORS_NOT_NAMED_BY_REPORT,
        /** Donors the report names that have no entries in the table. */
        DONORS_NAMED_WITHOUT_ENTRIES,
        /** A project links to a recommendation the read model does not know. */
        UNKNOWN_RECOMMENDATION,
        /** An entry names a donor whose registration the read model has not received. */
        UNKNOWN_DONOR
    }
}

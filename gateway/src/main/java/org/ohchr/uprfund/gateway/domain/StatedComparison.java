package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A report's figure beside the one computed from the entries, and what differs: for an amount, stated - computed; for a
 * list of donors, those with entries the report does not name and those it names without entries. A figure the suite
 * cannot compute from what it holds has no computed amount, and says why ({@code notComputed}).
 */
public record StatedComparison(StatedFigure stated, BigDecimal computedUsd, List<String> notNamedByReport, List<String> namedWithoutEntries,
        String notComputed) {

    public static StatedComparison ofAmount(StatedFigure stated, BigDecimal computedUsd) {
        return new StatedComparison(stated, computedUsd, List.of(), List.of(), null);
    }

    /** A line of the statement as a report states it, beside the line as computed, or why the suite cannot compute it. */
    public static StatedComparison ofStatementLine(StatedFigure stated, Statement statement) {
        StatementLine line = FigureKey.parse(stated.figure).line();
        return statement.isComputed(line) ? ofAmount(stated, statement.line(line).amountUsd())
                : notComputed(stated, statement.notComputed().get(line));
    }

    /** A figure the report states that the suite cannot compute from what it holds, and why. */
    public static StatedComparison notComputed(StatedFigure stated, String why) {
        return new StatedComparison(stated, null, List.of(), List.of(), why);
    }

    /**
     * @param donors the donors with entries: name -> ISO 3166-1 alpha-3 code (null for a donor that is not a State); a
     *        donor the report names matches by either, ignoring case and spacing
     */
    public static StatedComparison ofDonors(StatedFigure stated, Map<String, String> donors) {
        Set<String> named = stated.donors == null ? Set.of()
                : List.of(stated.donors).stream().map(StatedComparison::normal).collect(Collectors.toSet());
        Set<String> notNamed = new TreeSet<>();
        Set<String> matched = new TreeSet<>();
        donors.forEach((name, iso3) -> {
            if (named.contains(normal(name)) || (iso3 != null && named.contains(normal(iso3)))) {
                matched.add(normal(name));
                if (iso3 != null) {
                    matched.add(normal(iso3));
                }
            } else {
                notNamed.add(name);
            }
        });
        List<String> withoutEntries = stated.donors == null ? List.of()
                : List.of(stated.donors).stream().filter(name -> !matched.contains(normal(name))).sorted().toList();
        return new StatedComparison(stated, null, List.copyOf(notNamed), withoutEntries, null);
    }

    public BigDecimal differenceUsd() {
        return stated.valueUsd == null || computedUsd == null ? null : stated.valueUsd.subtract(computedUsd);
    }

    /** The findings this comparison makes: none when the report agrees with the entries. */
    public List<Finding> findings() {
        if (notComputed != null) {
            return List.of(new Finding(Finding.Kind.STATED_FIGURE_NOT_COMPUTED, stated.figure, stated.report, stated.valueUsd, null, null,
                    null, "The report states " + stated.valueUsd.toPlainString() + " USD, which the suite cannot compute: " + notComputed));
        }
        if (stated.valueUsd != null && computedUsd != null) {
            BigDecimal difference = differenceUsd();
            return difference.signum() == 0 ? List.of()
                    : List.of(new Finding(Finding.Kind.STATED_FIGURE_DIFFERS, stated.figure, stated.report, stated.valueUsd, computedUsd,
                            difference, null, "The report states " + stated.valueUsd.toPlainString() + " USD; the entries sum to "
                                    + computedUsd.toPlainString() + " USD: " + difference.toPlainString() + " USD are not accounted for"));
        }
        List<Finding> findings = new ArrayList<>();
        if (!notNamedByReport.isEmpty()) {
            findings.add(new Finding(Finding.Kind.DONORS_NOT_NAMED_BY_REPORT, stated.figure, stated.report, null, null, null,
                    notNamedByReport, "Donors with contributions in the table that the report's list does not name"));
        }
        if (!namedWithoutEntries.isEmpty()) {
            findings.add(new Finding(Finding.Kind.DONORS_NAMED_WITHOUT_ENTRIES, stated.figure, stated.report, null, null, null,
                    namedWithoutEntries, "Donors the report names that have no contributions in the table"));
        }
        return findings;
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

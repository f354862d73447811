package org.ohchr.uprfund.contributions.domain;

import java.util.List;

/**
 * The ledgers that record dated entries of the fund, each of which must confirm a year's closing before the year is
 * closed: this service (contributions, income, pledges, balances) and projects-service (expenditure).
 */
public final class FundLedgers {

    public static final String CONTRIBUTIONS = "contributions-service";
    public static final String PROJECTS = "projects-service";
    public static final List<String> ALL = List.of(CONTRIBUTIONS, PROJECTS);

    private FundLedgers() {
    }
}

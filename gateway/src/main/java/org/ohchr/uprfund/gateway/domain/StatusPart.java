package org.ohchr.uprfund.gateway.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of fund status, each computed from its own tables, so that an event changes only the parts whose tables it
 * writes and the current status is recomputed part by part. How fresh each source is changes with every record and is
 * always recomputed.
 */
public enum StatusPart {
    /** Balance carried forward, income, expenditure, net result, closing balance. */
    MONEY,
    /** Pledges outstanding, by donor (a donor's registration gives its name). */
    PLEDGES,
    /** Projects by status and State, their budgets and spending. */
    PROJECTS,
    /** Recommendations by status, and those linked to funded projects. */
    RECOMMENDATIONS,
    /** Donors registered. */
    DONORS;

    public static final Set<StatusPart> ALL = EnumSet.allOf(StatusPart.class);

    /** The parts an applied event of this CloudEvents type can change. */
    public static Set<StatusPart> changedBy(String type) {
        String name = type.substring(type.lastIndexOf('.') + 1);
        return switch (name) {
            case "DonorRegistered" -> EnumSet.of(DONORS, PLEDGES);
            case "PledgeRecorded", "PledgeCancelled" -> EnumSet.of(PLEDGES, DONORS);
            case "ContributionReceived", "ContributionReversed" -> EnumSet.of(MONEY, PLEDGES, DONORS);
            case "ExchangeDifferenceRecorded", "IncomeRecorded", "IncomeReversed", "BalanceCarriedForward" -> EnumSet.of(MONEY);
            case "AccountingYearClosed", "AccountingYearClosingRequested", "AccountingYearClosingConfirmed", "ProgressReported" ->
                    EnumSet.noneOf(StatusPart.class);
            case "ExpenditureRecorded", "ExpenditureReversed" -> EnumSet.of(MONEY, PROJECTS);
            case "ProjectProposed", "ProjectApproved", "ProjectStatusChanged", "BudgetRevised" -> EnumSet.of(PROJECTS, RECOMMENDATIONS);
            case "RecommendationRecorded", "RecommendationRevised", "ResponseRecorded", "ImplementationStatusChanged",
                    "SdgLinkAccepted" -> EnumSet.of(RECOMMENDATIONS);
            default -> ALL;
        };
    }
}

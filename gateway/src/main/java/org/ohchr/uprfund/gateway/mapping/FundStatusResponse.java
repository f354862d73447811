package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.DonorName;

/**
 * The fund at the end of a date, as the read model computes it from the events, and how fresh each source is. Money in
 * US dollars at scale 2; every figure summed from the entries behind it.
 */
@Schema(name = "FundStatus", description = "The fund at the end of a date: the latest balance carried forward rolled forward with"
        + " the income and expenditure dated after it; pledges outstanding, projects, recommendations, donors; and how fresh"
        + " each source is")
public record FundStatusResponse(
        @Schema(description = "The date the figures are at the end of", examples = "2020-12-31") LocalDate asOf,
        @Schema(description = "When these figures were computed") Instant computedAt,
        @Schema(description = "The latest audited balance dated at or before asOf; null when there is none, and then every entry"
                + " up to asOf counts", nullable = true) BalanceCarriedForward balanceCarriedForward,
        @Schema(description = "Which entries the income and expenditure count: dated from the balance's date (every one before,"
                + " when there is no balance) to asOf, both included") Window counted,
        Income income,
        Expenditure expenditure,
        @Schema(description = "income.totalUsd - expenditure.totalUsd") BigDecimal netResultUsd,
        @Schema(description = "The balance carried forward + netResultUsd: the fund balance at the end of asOf") BigDecimal closingBalanceUsd,
        PledgesOutstanding pledgesOutstanding,
        Projects projects,
        Recommendations recommendations,
        Donors donors,
        @Schema(description = "One entry per topic the read model is built from") List<Source> sources) {

    @Schema(name = "FundStatusBalance")
    public record BalanceCarriedForward(UUID balanceId, @Schema(description = "The balance is at the start of this date")
            LocalDate balanceDate, BigDecimal amountUsd, String source) {
    }

    @Schema(name = "FundStatusWindow")
    public record Window(@Schema(description = "First date counted; null when there is no balance", nullable = true) LocalDate from,
            LocalDate to) {
    }

    @Schema(name = "FundStatusIncome")
    public record Income(
            @Schema(description = "CONTRIBUTIONS_RECEIVED (at the pledges' rates where they paid a pledge), EXCHANGE_GAIN_LOSS,"
                    + " PRIOR_YEAR_PLEDGE_RECEIPT, INVESTMENT and MISCELLANEOUS, each summed from its entries") List<Line> byKind,
            @Schema(description = "Sum of byKind") BigDecimal totalUsd,
            @Schema(description = "Of the income, the entries that exist to reconcile with a published report") Line ofWhichReconciliation) {
    }

    @Schema(name = "FundStatusLine")
    public record Line(String code, BigDecimal amountUsd, @Schema(description = "Entries summed, reversals included") long entries) {
    }

    @Schema(name = "FundStatusExpenditure")
    public record Expenditure(@Schema(description = "The nine cost categories of Table 1, in its order") List<Line> byCategory,
            @Schema(description = "Sum of byCategory") BigDecimal totalUsd) {
    }

    @Schema(name = "FundStatusPledgesOutstanding")
    public record PledgesOutstanding(@Schema(description = "Sum of byDonor") BigDecimal totalUsd, List<DonorOutstanding> byDonor) {
    }

    @Schema(name = "FundStatusDonorOutstanding")
    public record DonorOutstanding(UUID donorId,
            @Schema(description = "Null while the donor's DonorRegistered has not reached the read model. Fund status is one body for"
                    + " every caller: a private individual's name reads \"" + DonorName.PRIVATE_DONOR + "\" here for all of them.",
                    nullable = true) String name,
            @Schema(nullable = true) String iso3,
            BigDecimal outstandingUsd,
            @Schema(description = "Pledges with something outstanding") long pledges) {
    }

    @Schema(name = "FundStatusProjects")
    public record Projects(long count, List<Count> byStatus, List<CountryProjects> byCountry) {
    }

    @Schema(name = "FundStatusCount")
    public record Count(String code, long count) {
    }

    @Schema(name = "FundStatusCountryProjects")
    public record CountryProjects(String iso3, long projects, @Schema(description = "Projects the fund approved and did not cancel")
            long funded, BigDecimal budgetUsd, BigDecimal spentUsd) {
    }

    @Schema(name = "FundStatusRecommendations")
    public record Recommendations(
            @Schema(description = "Recommendations the read model knows") long recorded,
            List<Count> byImplementationStatus,
            List<Count> byResponse,
            LinkedRecommendations linkedToFundedProjects) {
    }

    @Schema(name = "FundStatusLinkedRecommendations", description = "Recommendations named by projects the fund approved and did not"
            + " cancel")
    public record LinkedRecommendations(
            @Schema(description = "Distinct recommendations named") long count,
            @Schema(description = "Of them, those the read model does not know (a finding)") long unknown,
            @Schema(description = "Of the known ones") List<Count> byImplementationStatus) {
    }

    @Schema(name = "FundStatusDonors")
    public record Donors(long registered, long states, long others) {
    }

    @Schema(name = "FundStatusSource", description = "How far the read model has come on one topic")
    public record Source(
            @Schema(examples = "fund.contributions.v1") String topic,
            @Schema(description = "Events applied from it (redeliveries excluded)") long eventsApplied,
            @Schema(description = "Redelivered events recognised and ignored") long duplicatesIgnored,
            @Schema(description = "Records parked in the dead-letter table, not yet replayed") long parked,
            @Schema(description = "Id of the last event applied; null before the first", nullable = true) UUID lastEventId,
            @Schema(description = "Type of the last event applied", nullable = true) String lastEventType,
            @Schema(description = "When the last event applied happened, per its producer", nullable = true) Instant lastEventTime,
            @Schema(description = "When the gateway applied it", nullable = true) Instant lastAppliedAt,
            @Schema(description = "Seconds between the last event happening and the gateway applying it (at least 0)", nullable = true)
            Double lagSeconds) {
    }
}

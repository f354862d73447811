package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.IncomeKind;

/**
 * The latest balance carried forward at or before a date, and what this service recorded after it up to that date.
 * Every figure is a sum of rows; entries dated before the balance date are inside the balance and are not counted again.
 */
@Schema(name = "BalancePosition", description = "The latest balance carried forward at or before asOf, rolled forward with"
        + " the income recorded from its date to asOf. Expenditure is recorded by the projects service and is not subtracted.")
public record BalancePositionResponse(
        LocalDate asOf,
        @Schema(description = "The latest balance at or before asOf; null when there is none, and then every entry up to asOf"
                + " is counted", nullable = true) BalanceResponse balanceCarriedForward,
        @Schema(description = "Which entries are counted") Window counted,
        @Schema(description = "Contributions received in the window (their US dollar value at receipt)") Subtotal contributionsReceived,
        @Schema(description = "Other income in the window, one line per kind (zero when none)") List<KindSubtotal> incomeByKind,
        @Schema(description = "Sum of incomeByKind") BigDecimal otherIncomeUsd,
        @Schema(description = "Of the other income, the entries that exist to reconcile with a published report")
        Subtotal ofWhichReconciliation,
        @Schema(description = "The balance carried forward + contributions received + other income, before expenditure")
        BigDecimal balanceBeforeExpenditureUsd,
        @Schema(description = "Entries dated before the window: history already inside the balance carried forward")
        History notCountedBeforeWindow) {

    /** The inclusive range of accounting dates counted, and the rule in words. */
    @Schema(name = "BalancePositionWindow")
    public record Window(
            @Schema(description = "First accounting date counted (the balance date); null when there is no balance", nullable = true)
            LocalDate from,
            @Schema(description = "Last accounting date counted (asOf)") LocalDate to,
            String rule) {
    }

    @Schema(name = "BalancePositionSubtotal")
    public record Subtotal(@Schema(description = "US dollars at scale 2") BigDecimal amountUsd,
            @Schema(description = "How many entries were summed, reversals included") long entries) {
    }

    @Schema(name = "BalancePositionKindSubtotal")
    public record KindSubtotal(IncomeKind kind, @Schema(description = "US dollars at scale 2") BigDecimal amountUsd, long entries) {
    }

    @Schema(name = "BalancePositionHistory")
    public record History(long contributions, long incomeEntries) {
    }
}

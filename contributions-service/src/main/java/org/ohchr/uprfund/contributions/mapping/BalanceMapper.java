package org.ohchr.uprfund.contributions.mapping;

import java.time.LocalDate;

import org.ohchr.uprfund.contributions.domain.Balance;
import org.ohchr.uprfund.contributions.domain.BalancePosition;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.History;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.KindSubtotal;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.Subtotal;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.Window;

public final class BalanceMapper {

    private BalanceMapper() {
    }

    public static BalanceResponse toResponse(Balance balance) {
        return new BalanceResponse(balance.id, balance.balanceDate, balance.amountUsd, balance.source, balance.reference,
                balance.recordedAt);
    }

    public static BalancePositionResponse toResponse(BalancePosition position) {
        Balance balance = position.balance();
        return new BalancePositionResponse(position.asOf(), balance == null ? null : toResponse(balance),
                window(position), subtotal(position.contributionsReceived()),
                position.incomeByKind().stream().map(sum -> new KindSubtotal(sum.kind(), sum.amountUsd(), sum.entries())).toList(),
                position.otherIncomeUsd(), subtotal(position.reconciliation()), position.balanceBeforeExpenditureUsd(),
                new History(position.before().contributions(), position.before().incomeEntries()));
    }

    private static Subtotal subtotal(BalancePosition.Sum sum) {
        return new Subtotal(sum.amountUsd(), sum.entries());
    }

    private static Window window(BalancePosition position) {
        LocalDate asOf = position.asOf();
        LocalDate from = position.windowFrom();
        if (from == null) {
            return new Window(null, asOf, "No balance carried forward is dated on or before " + asOf
                    + ": every entry dated up to " + asOf + " (included) is counted, from a zero opening balance.");
        }
        return new Window(from, asOf, "Entries dated from " + from + " (the balance date) to " + asOf
                + " (asOf), both included, are counted. Entries dated before " + from
                + " are inside the balance carried forward and are not counted again; entries dated after " + asOf + " are not counted.");
    }
}

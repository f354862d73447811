package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ohchr.uprfund.contributions.Balance;
import org.ohchr.uprfund.contributions.IncomeKind;
import org.ohchr.uprfund.contributions.mapping.BalanceMapper;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.History;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.KindSubtotal;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.Subtotal;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.Window;

/**
 * Rolls a balance carried forward forward to a date: the balance, plus the contributions received and the other income
 * dated from the balance date to that date. Only adds up subtotals that were summed from rows.
 */
public final class BalancePositions {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Money.USD_SCALE);

    private BalancePositions() {
    }

    /**
     * @param balance the latest balance at or before {@code asOf}, or null when there is none
     * @param contributionsReceived sum of the contributions received in the window
     * @param incomeByKind sums of other income in the window, kinds without entries absent
     * @param reconciliation of the other income, the sum of the reconciliation entries
     * @param history what is dated before the window, so inside {@code balance}
     */
    public static BalancePositionResponse compose(LocalDate asOf, Balance balance, Subtotal contributionsReceived,
            List<KindSubtotal> incomeByKind, Subtotal reconciliation, History history) {
        Map<IncomeKind, KindSubtotal> found = incomeByKind.stream().collect(Collectors.toMap(KindSubtotal::kind, Function.identity()));
        List<KindSubtotal> everyKind = Arrays.stream(IncomeKind.values())
                .map(kind -> found.getOrDefault(kind, new KindSubtotal(kind, ZERO, 0)))
                .toList();
        BigDecimal otherIncome = everyKind.stream().map(KindSubtotal::amountUsd).reduce(ZERO, BigDecimal::add);
        BigDecimal opening = balance == null ? ZERO : balance.amountUsd;
        BigDecimal total = opening.add(contributionsReceived.amountUsd()).add(otherIncome);
        return new BalancePositionResponse(asOf, balance == null ? null : BalanceMapper.toResponse(balance),
                window(asOf, balance), contributionsReceived, everyKind, otherIncome, reconciliation, total, history);
    }

    private static Window window(LocalDate asOf, Balance balance) {
        if (balance == null) {
            return new Window(null, asOf, "No balance carried forward is dated on or before " + asOf
                    + ": every entry dated up to " + asOf + " (included) is counted, from a zero opening balance.");
        }
        return new Window(balance.balanceDate, asOf, "Entries dated from " + balance.balanceDate + " (the balance date) to " + asOf
                + " (asOf), both included, are counted. Entries dated before " + balance.balanceDate
                + " are inside the balance carried forward and are not counted again; entries dated after " + asOf + " are not counted.");
    }
}

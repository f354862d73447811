package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fund's position at a date as this service knows it: the latest balance carried forward at or before that date,
 * rolled forward with the contributions received and the other income dated from the balance date to it. Only adds up
 * sums that were taken from rows; entries dated before the balance date are inside the balance and not counted again.
 *
 * @param balance the latest balance at or before {@code asOf}, or null when there is none (then every entry counts)
 * @param before what is dated before the balance date, so inside it
 */
public record BalancePosition(LocalDate asOf, Balance balance, Sum contributionsReceived, List<KindSum> incomeByKind,
        BigDecimal otherIncomeUsd, Sum reconciliation, BigDecimal balanceBeforeExpenditureUsd, History before) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Money.USD_SCALE);

    /**
     * @param incomeByKind sums of other income in the window, kinds without entries absent
     * @param reconciliation of the other income, the sum of the entries that reconcile with a published report
     */
    public static BalancePosition rollForward(LocalDate asOf, Balance balance, Sum contributionsReceived, List<KindSum> incomeByKind,
            Sum reconciliation, History before) {
        Map<IncomeKind, KindSum> found = incomeByKind.stream().collect(Collectors.toMap(KindSum::kind, Function.identity()));
        List<KindSum> everyKind = Arrays.stream(IncomeKind.values())
                .map(kind -> found.getOrDefault(kind, new KindSum(kind, ZERO, 0)))
                .toList();
        BigDecimal otherIncome = everyKind.stream().map(KindSum::amountUsd).reduce(ZERO, BigDecimal::add);
        BigDecimal opening = balance == null ? ZERO : balance.amountUsd;
        return new BalancePosition(asOf, balance, contributionsReceived, everyKind, otherIncome, reconciliation,
                opening.add(contributionsReceived.amountUsd()).add(otherIncome), before);
    }

    /** The first accounting date counted: the balance date; null when there is no balance. */
    public LocalDate windowFrom() {
        return balance == null ? null : balance.balanceDate;
    }

    /** A US dollar sum of entries and how many were summed, reversals included. */
    public record Sum(BigDecimal amountUsd, long entries) {

        public static Sum of(BigDecimal amountUsd, long entries) {
            return new Sum(amountUsd == null ? ZERO : amountUsd.setScale(Money.USD_SCALE), entries);
        }
    }

    /** The sum of one kind of other income. */
    public record KindSum(IncomeKind kind, BigDecimal amountUsd, long entries) {
    }

    /** Entries dated before the window: history already inside the balance carried forward. */
    public record History(long contributions, long incomeEntries) {

        public static final History NONE = new History(0, 0);
    }
}

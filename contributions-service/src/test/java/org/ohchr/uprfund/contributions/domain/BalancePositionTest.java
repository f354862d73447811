package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.domain.BalancePosition.History;
import org.ohchr.uprfund.contributions.domain.BalancePosition.KindSum;
import org.ohchr.uprfund.contributions.domain.BalancePosition.Sum;

class BalancePositionTest {

    private static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);

    @Test
    void theReportsIncomeOf2020RollsTheOpeningBalanceForward() {
        Balance opening = balance(LocalDate.of(2020, 1, 1), "2352992.80");
        BalancePosition position = BalancePosition.rollForward(END_OF_2020, opening, sum("298807.00", 6),
                List.of(new KindSum(IncomeKind.MISCELLANEOUS, new BigDecimal("68553.47"), 2),
                        new KindSum(IncomeKind.PRIOR_YEAR_PLEDGE_RECEIPT, new BigDecimal("466.12"), 1)),
                sum("47790.13", 1), new History(38, 0));

        assertThat(position.otherIncomeUsd()).isEqualTo(new BigDecimal("69019.59"));
        // Table 1: total income 367,826.59 = contributions 298,807.00 + the rest; plus the opening balance
        assertThat(position.contributionsReceived().amountUsd().add(position.otherIncomeUsd())).isEqualTo(new BigDecimal("367826.59"));
        assertThat(position.balanceBeforeExpenditureUsd()).isEqualTo(new BigDecimal("2720819.39"));
        assertThat(position.windowFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(position.asOf()).isEqualTo(END_OF_2020);
        assertThat(position.balance().amountUsd).isEqualTo(new BigDecimal("2352992.80"));
    }

    @Test
    void everyKindHasALineInDeclarationOrderZeroWhenAbsent() {
        BalancePosition position = BalancePosition.rollForward(END_OF_2020, balance(LocalDate.of(2020, 1, 1), "10.00"),
                sum("0.00", 0), List.of(new KindSum(IncomeKind.EXCHANGE_GAIN_LOSS, new BigDecimal("-3.50"), 1)),
                sum("0.00", 0), History.NONE);

        assertThat(position.incomeByKind()).extracting(KindSum::kind).containsExactly(IncomeKind.values());
        assertThat(position.incomeByKind().get(0)).isEqualTo(new KindSum(IncomeKind.INVESTMENT, new BigDecimal("0.00"), 0));
        assertThat(position.otherIncomeUsd()).isEqualTo(new BigDecimal("-3.50"));
        assertThat(position.balanceBeforeExpenditureUsd()).isEqualTo(new BigDecimal("6.50"));
    }

    @Test
    void withoutABalanceTheWindowHasNoStartAndTheOpeningIsZero() {
        BalancePosition position = BalancePosition.rollForward(END_OF_2020, null, sum("100.00", 1),
                List.of(new KindSum(IncomeKind.INVESTMENT, new BigDecimal("1.00"), 1)), sum("0.00", 0), History.NONE);

        assertThat(position.balance()).isNull();
        assertThat(position.windowFrom()).isNull();
        assertThat(position.balanceBeforeExpenditureUsd()).isEqualTo(new BigDecimal("101.00"));
    }

    private static Balance balance(LocalDate date, String amount) {
        Balance balance = new Balance();
        balance.balanceDate = date;
        balance.amountUsd = new BigDecimal(amount);
        balance.source = "Audited financial statements";
        return balance;
    }

    private static Sum sum(String amount, long entries) {
        return Sum.of(new BigDecimal(amount), entries);
    }
}

package org.ohchr.uprfund.contributions.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.Balance;
import org.ohchr.uprfund.contributions.IncomeKind;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.History;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.KindSubtotal;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.Subtotal;

class BalancePositionsTest {

    private static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);

    @Test
    void theReportsIncomeOf2020RollsTheOpeningBalanceForward() {
        Balance opening = balance(LocalDate.of(2020, 1, 1), "2352992.80");
        BalancePositionResponse position = BalancePositions.compose(END_OF_2020, opening, subtotal("298807.00", 6),
                List.of(new KindSubtotal(IncomeKind.MISCELLANEOUS, new BigDecimal("68553.47"), 2),
                        new KindSubtotal(IncomeKind.PRIOR_YEAR_PLEDGE_RECEIPT, new BigDecimal("466.12"), 1)),
                subtotal("47790.13", 1), new History(38, 0));

        assertThat(position.otherIncomeUsd()).isEqualTo(new BigDecimal("69019.59"));
        // Table 1: total income 367,826.59 = contributions 298,807.00 + the rest; plus the opening balance
        assertThat(position.contributionsReceived().amountUsd().add(position.otherIncomeUsd())).isEqualTo(new BigDecimal("367826.59"));
        assertThat(position.balanceBeforeExpenditureUsd()).isEqualTo(new BigDecimal("2720819.39"));
        assertThat(position.counted().from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(position.counted().to()).isEqualTo(END_OF_2020);
        assertThat(position.balanceCarriedForward().amountUsd()).isEqualTo(new BigDecimal("2352992.80"));
    }

    @Test
    void everyKindHasALineInDeclarationOrderZeroWhenAbsent() {
        BalancePositionResponse position = BalancePositions.compose(END_OF_2020, balance(LocalDate.of(2020, 1, 1), "10.00"),
                subtotal("0.00", 0), List.of(new KindSubtotal(IncomeKind.EXCHANGE_GAIN_LOSS, new BigDecimal("-3.50"), 1)),
                subtotal("0.00", 0), new History(0, 0));

        assertThat(position.incomeByKind()).extracting(KindSubtotal::kind).containsExactly(IncomeKind.values());
        assertThat(position.incomeByKind().get(0)).isEqualTo(new KindSubtotal(IncomeKind.INVESTMENT, new BigDecimal("0.00"), 0));
        assertThat(position.otherIncomeUsd()).isEqualTo(new BigDecimal("-3.50"));
        assertThat(position.balanceBeforeExpenditureUsd()).isEqualTo(new BigDecimal("6.50"));
    }

    @Test
    void withoutABalanceTheWindowHasNoStartAndTheOpeningIsZero() {
        BalancePositionResponse position = BalancePositions.compose(END_OF_2020, null, subtotal("100.00", 1),
                List.of(new KindSubtotal(IncomeKind.INVESTMENT, new BigDecimal("1.00"), 1)), subtotal("0.00", 0), new History(0, 0));

        assertThat(position.balanceCarriedForward()).isNull();
        assertThat(position.counted().from()).isNull();
        assertThat(position.counted().rule()).contains("No balance carried forward");
        assertThat(position.balanceBeforeExpenditureUsd()).isEqualTo(new BigDecimal("101.00"));
    }

    private static Balance balance(LocalDate date, String amount) {
        Balance balance = new Balance();
        balance.balanceDate = date;
        balance.amountUsd = new BigDecimal(amount);
        balance.source = "Audited financial statements";
        return balance;
    }

    private static Subtotal subtotal(String amount, long entries) {
        return new Subtotal(new BigDecimal(amount), entries);
    }
}

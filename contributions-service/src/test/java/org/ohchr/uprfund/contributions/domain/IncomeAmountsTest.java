package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class IncomeAmountsTest {

    @Test
    void incomeIsPositiveAtScaleTwo() {
        assertThat(IncomeAmounts.requireValidFor("amountUsd", IncomeKind.INVESTMENT, new BigDecimal("20763.34")))
                .isEqualTo(new BigDecimal("20763.34"));
        assertThat(IncomeAmounts.requireValidFor("amountUsd", IncomeKind.MISCELLANEOUS, new BigDecimal("5")))
                .isEqualTo(new BigDecimal("5.00"));
        assertThat(IncomeAmounts.requireValidFor("amountUsd", IncomeKind.MISCELLANEOUS, new BigDecimal("5.100")))
                .isEqualTo(new BigDecimal("5.10"));
    }

    @Test
    void onlyAnExchangeLossIsNegative() {
        assertThat(IncomeAmounts.requireValidFor("amountUsd", IncomeKind.EXCHANGE_GAIN_LOSS, new BigDecimal("-1250.4")))
                .isEqualTo(new BigDecimal("-1250.40"));
        for (IncomeKind kind : new IncomeKind[] { IncomeKind.INVESTMENT, IncomeKind.MISCELLANEOUS, IncomeKind.PRIOR_YEAR_PLEDGE_RECEIPT }) {
            assertThatThrownBy(() -> IncomeAmounts.requireValidFor("amountUsd", kind, new BigDecimal("-0.01")))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("greater than zero");
        }
    }

    @Test
    void zeroAndThirdDecimalsAreRefusedForEveryKind() {
        for (IncomeKind kind : IncomeKind.values()) {
            assertThatThrownBy(() -> IncomeAmounts.requireValidFor("amountUsd", kind, new BigDecimal("0.00")))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("zero");
            assertThatThrownBy(() -> IncomeAmounts.requireValidFor("amountUsd", kind, new BigDecimal("1.005")))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("decimals");
        }
    }

    @Test
    void wholeReversalHasTheOppositeSign() {
        assertThat(IncomeAmounts.reversalOf("amountUsd", new BigDecimal("466.12"), null)).isEqualTo(new BigDecimal("-466.12"));
        assertThat(IncomeAmounts.reversalOf("amountUsd", new BigDecimal("-1250.40"), null)).isEqualTo(new BigDecimal("1250.40"));
    }

    @Test
    void partialReversalIsAPositiveSizeNoLargerThanTheOriginal() {
        assertThat(IncomeAmounts.reversalOf("amountUsd", new BigDecimal("100.00"), new BigDecimal("30"))).isEqualTo(new BigDecimal("-30.00"));
        assertThat(IncomeAmounts.reversalOf("amountUsd", new BigDecimal("100.00"), new BigDecimal("100.00")))
                .isEqualTo(new BigDecimal("-100.00"));
        assertThat(IncomeAmounts.reversalOf("amountUsd", new BigDecimal("-5.00"), new BigDecimal("5.00"))).isEqualTo(new BigDecimal("5.00"));
        assertThatThrownBy(() -> IncomeAmounts.reversalOf("amountUsd", new BigDecimal("100.00"), new BigDecimal("100.01")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("must not exceed the original entry's 100.00 USD");
        assertThatThrownBy(() -> IncomeAmounts.reversalOf("amountUsd", new BigDecimal("-5.00"), new BigDecimal("5.01")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> IncomeAmounts.reversalOf("amountUsd", new BigDecimal("100.00"), new BigDecimal("-1.00")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> IncomeAmounts.reversalOf("amountUsd", new BigDecimal("100.00"), BigDecimal.ZERO))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> IncomeAmounts.reversalOf("amountUsd", new BigDecimal("100.00"), new BigDecimal("0.001")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("decimals");
    }
}

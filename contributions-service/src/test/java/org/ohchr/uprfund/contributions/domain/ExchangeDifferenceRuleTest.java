package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class ExchangeDifferenceRuleTest {

    private static final Currency NOK = Currency.getInstance("NOK");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void paymentAtAWeakerRateIsALoss() {
        // 600,000 NOK pledged at 0.1075 USD and received at 0.0962 USD: 600,000 x -0.0113
        assertThat(ExchangeDifferenceRule.between(new BigDecimal("600000.00"), new BigDecimal("0.1075"), new BigDecimal("0.0962")))
                .isEqualTo(new BigDecimal("-6780.00"));
    }

    @Test
    void paymentAtAStrongerRateIsAGain() {
        assertThat(ExchangeDifferenceRule.between(new BigDecimal("100000.00"), new BigDecimal("1.0842"), new BigDecimal("1.1234")))
                .isEqualTo(new BigDecimal("3920.00"));
    }

    @Test
    void differenceIsRoundedHalfEvenToTheCent() {
        // 1 x 0.125 = 0.125 -> 0.12 (even); 1 x 0.135 -> 0.14 (even); -0.125 -> -0.12
        assertThat(ExchangeDifferenceRule.between(BigDecimal.ONE, new BigDecimal("1.000"), new BigDecimal("1.125")))
                .isEqualTo(new BigDecimal("0.12"));
        assertThat(ExchangeDifferenceRule.between(BigDecimal.ONE, new BigDecimal("1.000"), new BigDecimal("1.135")))
                .isEqualTo(new BigDecimal("0.14"));
        assertThat(ExchangeDifferenceRule.between(BigDecimal.ONE, new BigDecimal("1.125"), new BigDecimal("1.000")))
                .isEqualTo(new BigDecimal("-0.12"));
        assertThat(ExchangeDifferenceRule.between(new BigDecimal("333.33"), new BigDecimal("0.9"), new BigDecimal("0.93")))
                .isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void theBooksAgreeToTheCent() {
        // received 1.00 at 0.0251 = 0.03 USD; pledged at 0.0149 = 0.01 USD: the difference recorded is what the books show,
        // 0.02, not 1.00 x 0.0102 = 0.0102 rounded to 0.01
        BigDecimal received = Money.toUsd(BigDecimal.ONE, new BigDecimal("0.0251"));
        BigDecimal pledged = Money.toUsd(BigDecimal.ONE, new BigDecimal("0.0149"));
        BigDecimal difference = ExchangeDifferenceRule.between(new BigDecimal("1.00"), new BigDecimal("0.0149"), new BigDecimal("0.0251"));

        assertThat(difference).isEqualTo(new BigDecimal("0.02"));
        assertThat(pledged.add(difference)).isEqualTo(received);
    }

    @Test
    void nothingIsRecordedForDollarsForAnUnchangedRateOrLessThanACent() {
        assertThat(ExchangeDifferenceRule.toRecord(Money.USD, new BigDecimal("5000.00"), BigDecimal.ONE, BigDecimal.ONE)).isEmpty();
        assertThat(ExchangeDifferenceRule.toRecord(EUR, new BigDecimal("5000.00"), new BigDecimal("1.10"), new BigDecimal("1.1000")))
                .isEmpty();
        assertThat(ExchangeDifferenceRule.toRecord(EUR, new BigDecimal("1.00"), new BigDecimal("1.100"), new BigDecimal("1.104")))
                .isEmpty();
        assertThat(ExchangeDifferenceRule.toRecord(NOK, new BigDecimal("600000.00"), new BigDecimal("0.1075"), new BigDecimal("0.0962")))
                .contains(new BigDecimal("-6780.00"));
    }
}

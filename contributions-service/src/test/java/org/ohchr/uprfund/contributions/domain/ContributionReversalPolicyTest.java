package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.domain.ContributionReversalPolicy.AlreadyReversed;
import org.ohchr.uprfund.contributions.domain.ContributionReversalPolicy.Original;
import org.ohchr.uprfund.contributions.domain.ContributionReversalPolicy.Reversal;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class ContributionReversalPolicyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    /** 1,000.00 EUR received at 1.1235 USD: 1,123.50 USD; pledged at 1.1000, so a gain of 23.50 USD. */
    private static final Original EUROS = new Original(false, new BigDecimal("1000.00"), EUR, new BigDecimal("1.1235"),
            new BigDecimal("1123.50"), new BigDecimal("1.1000"), new BigDecimal("23.50"));

    @Test
    void withoutAnAmountEverythingIsReversed() {
        Reversal reversal = ContributionReversalPolicy.reverse(EUROS, AlreadyReversed.NONE, null);

        assertThat(reversal.amount()).isEqualTo(new BigDecimal("-1000.00"));
        assertThat(reversal.amountUsd()).isEqualTo(new BigDecimal("-1123.50"));
        assertThat(reversal.exchangeDifferenceUsd()).isEqualTo(new BigDecimal("-23.50"));
        assertThat(reversal.completes()).isTrue();
    }

    @Test
    void aPartTakesItsDollarValueAtTheOriginalRatesRoundedHalfEven() {
        Reversal reversal = ContributionReversalPolicy.reverse(EUROS, AlreadyReversed.NONE, new BigDecimal("333.33"));

        assertThat(reversal.amount()).isEqualTo(new BigDecimal("-333.33"));
        assertThat(reversal.amountUsd()).isEqualTo(new BigDecimal("-374.50")); // 374.496255
        // round(333.33 x 1.1235) - round(333.33 x 1.1000) = 374.50 - 366.66: the part's cents as the books hold them
        assertThat(reversal.exchangeDifferenceUsd()).isEqualTo(new BigDecimal("-7.84"));
        assertThat(reversal.completes()).isFalse();
    }

    @Test
    void theLastPartTakesExactlyWhatRemainsSoThatTheWholeSumsToZero() {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal usd = BigDecimal.ZERO;
        BigDecimal exchange = BigDecimal.ZERO;
        for (int part = 0; part < 3; part++) {
            AlreadyReversed already = new AlreadyReversed(amount.negate(), usd.negate(), exchange.negate());
            BigDecimal requested = part < 2 ? new BigDecimal("333.33") : null;
            Reversal reversal = ContributionReversalPolicy.reverse(EUROS, already, requested);
            amount = amount.add(reversal.amount());
            usd = usd.add(reversal.amountUsd());
            exchange = exchange.add(reversal.exchangeDifferenceUsd());
            assertThat(reversal.completes()).isEqualTo(part == 2);
        }
        assertThat(amount).isEqualByComparingTo("-1000.00");
        assertThat(usd).isEqualByComparingTo("-1123.50");
        assertThat(exchange).isEqualByComparingTo("-23.50");
    }

    @Test
    void aPartNeverTakesMoreDollarsThanRemain() {
        // 4 x 0.0061 = 0.0244 -> 0.02 USD, while each unit alone rounds to 0.01
        Original tiny = new Original(false, new BigDecimal("4"), JPY, new BigDecimal("0.0061"), new BigDecimal("0.02"), null, null);
        AlreadyReversed twoUnits = new AlreadyReversed(new BigDecimal("2"), new BigDecimal("0.02"), BigDecimal.ZERO);

        Reversal third = ContributionReversalPolicy.reverse(tiny, twoUnits, BigDecimal.ONE);

        assertThat(third.amountUsd()).isEqualByComparingTo("0.00");
        assertThat(third.exchangeDifferenceUsd()).isNull();
    }

    @Test
    void aReversalLargerThanTheOriginalIsInvalid() {
        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(EUROS, AlreadyReversed.NONE, new BigDecimal("1000.01")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("1000.00 EUR")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("amount"));
    }

    @Test
    void aReversalLargerThanWhatRemainsIsAConflict() {
        AlreadyReversed half = new AlreadyReversed(new BigDecimal("500.00"), new BigDecimal("561.75"), new BigDecimal("11.75"));

        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(EUROS, half, new BigDecimal("600.00")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("500.00 EUR");
    }

    @Test
    void aContributionReversedInFullCannotBeReversedAgain() {
        AlreadyReversed all = new AlreadyReversed(new BigDecimal("1000.00"), new BigDecimal("1123.50"), new BigDecimal("23.50"));

        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(EUROS, all, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already reversed");
        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(EUROS, all, new BigDecimal("1.00")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReversalIsNeverItselfReversed() {
        Original reversal = new Original(true, new BigDecimal("-1000.00"), EUR, new BigDecimal("1.1235"), new BigDecimal("-1123.50"),
                null, null);

        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(reversal, AlreadyReversed.NONE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("itself a reversal");
    }

    @Test
    void theAmountMustBePositiveAndInTheCurrencysDecimals() {
        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(EUROS, AlreadyReversed.NONE, BigDecimal.ZERO))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(EUROS, AlreadyReversed.NONE, new BigDecimal("-5.00")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> ContributionReversalPolicy.reverse(EUROS, AlreadyReversed.NONE, new BigDecimal("5.001")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("EUR");
    }

    @Test
    void withoutAnExchangeDifferenceNoneIsReversed() {
        Original dollars = new Original(false, new BigDecimal("50000.00"), Money.USD, BigDecimal.ONE, new BigDecimal("50000.00"), null, null);

        Reversal reversal = ContributionReversalPolicy.reverse(dollars, AlreadyReversed.NONE, new BigDecimal("20000"));

        assertThat(reversal.amount()).isEqualTo(new BigDecimal("-20000.00"));
        assertThat(reversal.amountUsd()).isEqualTo(new BigDecimal("-20000.00"));
        assertThat(reversal.exchangeDifferenceUsd()).isNull();
    }
}

package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class MoneyTest {

    @Test
    void usdValueIsRoundedHalfEvenAtTwoDecimals() {
        assertThat(Money.toUsd(new BigDecimal("100.00"), new BigDecimal("1.084250"))).isEqualByComparingTo("108.42");
        assertThat(Money.toUsd(new BigDecimal("100.00"), new BigDecimal("1.084350"))).isEqualByComparingTo("108.44");
        assertThat(Money.toUsd(new BigDecimal("1"), new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.toUsd(new BigDecimal("1"), new BigDecimal("0.135"))).isEqualTo(new BigDecimal("0.14"));
    }

    @Test
    void amountsMayNotHaveMoreDecimalsThanTheirCurrency() {
        assertThat(Money.requireScale("amount", new BigDecimal("5000"), Currency.getInstance("JPY"))).isEqualTo(new BigDecimal("5000"));
        assertThatThrownBy(() -> Money.requireScale("amount", new BigDecimal("5000.5"), Currency.getInstance("JPY")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("JPY");
        assertThat(Money.requireScale("amount", new BigDecimal("10.5"), Money.USD)).isEqualTo(new BigDecimal("10.50"));
        assertThatThrownBy(() -> Money.usd("amount", new BigDecimal("10.505"))).isInstanceOf(InvalidFieldException.class);
        assertThat(Money.requireScale("amount", new BigDecimal("1.125"), Currency.getInstance("KWD"))).isEqualTo(new BigDecimal("1.125"));
    }

    @Test
    void unknownCurrencyIsRefused() {
        assertThatThrownBy(() -> Money.currency("currency", "XYZ")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Money.currency("currency", "usd")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Money.currency("currency", "XAU")).isInstanceOf(InvalidFieldException.class);
        assertThat(Money.currency("currency", "EUR").getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void onlyPositiveAmountsPass() {
        assertThatThrownBy(() -> Money.requirePositive("amount", BigDecimal.ZERO)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Money.requirePositive("amount", new BigDecimal("-1"))).isInstanceOf(InvalidFieldException.class);
    }
}

package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class ExchangeRateTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void dollarsAreWorthOneDollar() {
        assertThat(ExchangeRate.usdPerUnit("usdPerUnit", Money.USD, null)).isEqualTo(BigDecimal.ONE);
        assertThat(ExchangeRate.usdPerUnit("usdPerUnit", Money.USD, new BigDecimal("1.000"))).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> ExchangeRate.usdPerUnit("usdPerUnit", Money.USD, new BigDecimal("1.01")))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void otherCurrenciesNeedAPositiveRateOfAtMostTenDecimals() {
        assertThat(ExchangeRate.usdPerUnit("usdPerUnit", EUR, new BigDecimal("1.0842500000"))).isEqualTo(new BigDecimal("1.08425"));
        assertThatThrownBy(() -> ExchangeRate.usdPerUnit("usdPerUnit", EUR, null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> ExchangeRate.usdPerUnit("usdPerUnit", EUR, BigDecimal.ZERO)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> ExchangeRate.usdPerUnit("usdPerUnit", EUR, new BigDecimal("-1.1"))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> ExchangeRate.usdPerUnit("usdPerUnit", EUR, new BigDecimal("0.00000000001")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> ExchangeRate.usdPerUnit("usdPerUnit", EUR, new BigDecimal("1E+10")))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void ratesAreShownWithoutTrailingZerosOrExponent() {
        assertThat(ExchangeRate.plain(new BigDecimal("10.0000000000")).toString()).isEqualTo("10");
        assertThat(ExchangeRate.plain(new BigDecimal("0.0962000000")).toString()).isEqualTo("0.0962");
    }
}

package org.ohchr.uprfund.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/** Amounts, delivery rates, corrections, closed periods and write scopes: the domain's rules on their own. */
class AmountsTest {

    @Test
    void usDollarsHaveAtMostTwoDecimalsAndStayInTheBooks() {
        assertThat(UsdAmounts.positive("a", new BigDecimal("5647.5"))).isEqualByComparingTo("5647.50").hasScaleOf(2);
        assertThat(UsdAmounts.notNegative("a", BigDecimal.ZERO)).hasScaleOf(2);
        assertThatThrownBy(() -> UsdAmounts.positive("a", BigDecimal.ZERO)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> UsdAmounts.notNegative("a", new BigDecimal("-0.01"))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> UsdAmounts.positive("a", new BigDecimal("0.001"))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> UsdAmounts.positive("a", new BigDecimal("1E+15"))).isInstanceOf(InvalidFieldException.class);
        assertThat(UsdAmounts.positive("a", new BigDecimal("1.000"))).isEqualByComparingTo("1.00");
    }

    @Test
    void theDeliveryRateIsSpentOverBudgetAndNullForAZeroBudget() {
        assertThat(DeliveryRate.of(new BigDecimal("24000.25"), new BigDecimal("100000.00"))).isEqualByComparingTo("0.2400").hasScaleOf(4);
        assertThat(DeliveryRate.of(new BigDecimal("2.00"), new BigDecimal("3.00"))).isEqualByComparingTo("0.6667");
        assertThat(DeliveryRate.of(new BigDecimal("150.00"), new BigDecimal("100.00"))).isEqualByComparingTo("1.5000");
        assertThat(DeliveryRate.of(new BigDecimal("10.00"), new BigDecimal("0.00"))).isNull();
    }

    @Test
    void aCorrectionTakesNoMoreThanRemains() {
        Expenditure original = entry("1000.00", null);
        assertThat(CorrectionPolicy.amountOf(original, BigDecimal.ZERO, null)).isEqualByComparingTo("-1000.00");
        assertThat(CorrectionPolicy.amountOf(original, new BigDecimal("400.00"), null)).isEqualByComparingTo("-600.00");
        assertThat(CorrectionPolicy.amountOf(original, new BigDecimal("400.00"), new BigDecimal("600"))).isEqualByComparingTo("-600.00");
        assertThatThrownBy(() -> CorrectionPolicy.amountOf(original, new BigDecimal("400.00"), new BigDecimal("600.01")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CorrectionPolicy.amountOf(original, BigDecimal.ZERO, new BigDecimal("1000.01")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> CorrectionPolicy.amountOf(original, new BigDecimal("1000.00"), null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CorrectionPolicy.amountOf(entry("-5.00", UUID.randomUUID()), BigDecimal.ZERO, null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aFieldOfficeWritesForItsStatesOnlyAndNeverForTheFund() {
        WriteScope office = WriteScope.fieldOffice(Set.of("KEN", "UGA"));
        assertThat(office.covers("KEN")).isTrue();
        assertThat(office.covers("NGA")).isFalse();
        assertThatThrownBy(() -> office.requireState("NGA", "reporting")).isInstanceOf(OutOfScopeException.class)
                .hasMessageContaining("KEN, UGA").hasMessageContaining("not for NGA");
        assertThatThrownBy(() -> office.requireFundWide("Fund-level expenditure")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> WriteScope.fieldOffice(Set.of()).requireState("KEN", "x")).hasMessageContaining("no State");
        WriteScope.fundManager().requireState("NGA", "anything");
        WriteScope.fundManager().requireFundWide("anything");
    }

    @Test
    void indicatorValuesKeepTheirDecimalsWithinBounds() {
        assertThat(IndicatorValues.checked("v", new BigDecimal("80.0"))).isEqualTo(new BigDecimal("80.0"));
        assertThat(IndicatorValues.checked("v", new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000"));
        assertThat(IndicatorValues.checked("v", null)).isNull();
        assertThatThrownBy(() -> IndicatorValues.checked("v", new BigDecimal("0.1234567"))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> IndicatorValues.checked("v", new BigDecimal("1E+16"))).isInstanceOf(InvalidFieldException.class);
    }

    private static Expenditure entry(String amount, UUID corrects) {
        Expenditure entry = new Expenditure();
        entry.id = UUID.randomUUID();
        entry.amountUsd = new BigDecimal(amount);
        entry.correctsId = corrects;
        return entry;
    }
}

package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much of its budget a project has spent: expenditure (corrections included) over the current budget. */
public final class DeliveryRate {

    /** A rate such as 0.4523: four decimals, half-even. */
    public static final int SCALE = 4;

    private DeliveryRate() {
    }

    /** @return spent / budget, or null when the budget is zero (a rate of nothing is not a number) */
    public static BigDecimal of(BigDecimal spentUsd, BigDecimal budgetUsd) {
        if (budgetUsd.signum() == 0) {
            return null;
        }
        return spentUsd.divide(budgetUsd, SCALE, RoundingMode.HALF_EVEN);
    }
}

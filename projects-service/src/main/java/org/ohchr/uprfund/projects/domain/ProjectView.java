package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;

/**
 * A project with the figures summed from its entries.
 *
 * @param currentBudgetUsd the approved budget plus the changes of its revisions (the proposal's budget until approval)
 * @param spentUsd its expenditure, corrections included
 */
public record ProjectView(Project project, BigDecimal currentBudgetUsd, BigDecimal spentUsd) {

    /** Spent over current budget; null when the budget is zero. */
    public BigDecimal deliveryRate() {
        return DeliveryRate.of(spentUsd, currentBudgetUsd);
    }
}

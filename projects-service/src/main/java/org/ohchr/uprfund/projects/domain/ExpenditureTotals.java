package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Expenditure summed from its entries: by cost category (every category, in Table 1's order, zero when it has none) and
 * by year of the accounting date; the total is the sum of the categories.
 */
public record ExpenditureTotals(List<CategorySum> byCategory, List<YearSum> byYear) {

    public BigDecimal totalUsd() {
        return byCategory.stream().map(CategorySum::amountUsd).reduce(BigDecimal.ZERO.setScale(UsdAmounts.SCALE), BigDecimal::add);
    }

    public long entries() {
        return byCategory.stream().mapToLong(CategorySum::entries).sum();
    }

    public record CategorySum(CostCategory category, BigDecimal amountUsd, long entries) {
    }

    public record YearSum(int year, BigDecimal amountUsd, long entries) {
    }
}

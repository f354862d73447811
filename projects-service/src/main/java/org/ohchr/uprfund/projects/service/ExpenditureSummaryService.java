package org.ohchr.uprfund.projects.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.ExpenditureTotals;
import org.ohchr.uprfund.projects.domain.UsdAmounts;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository.Filter;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository.Sum;
import org.ohchr.uprfund.projects.repository.ProjectRepository;

/** Expenditure by cost category and by year, summed by the database from the entries, in one snapshot. */
@ApplicationScoped
@Transactional
public class ExpenditureSummaryService {

    private final ExpenditureRepository expenditure;
    private final ProjectRepository projects;
    private final ConsistentReads consistentReads;

    ExpenditureSummaryService(ExpenditureRepository expenditure, ProjectRepository projects, ConsistentReads consistentReads) {
        this.expenditure = expenditure;
        this.projects = projects;
        this.consistentReads = consistentReads;
    }

    /** A read-only transaction of its own, so that the sums by category and by year come from one snapshot. */
    @Transactional(TxType.REQUIRES_NEW)
    public ExpenditureTotals totals(Filter filter) {
        consistentReads.repeatableRead();
        if (filter.projectId() != null && projects.findByIdOptional(filter.projectId()).isEmpty()) {
            throw ResourceNotFoundException.of("project", filter.projectId());
        }
        Map<CostCategory, Sum<CostCategory>> sums = expenditure.sumsByCategory(filter).stream()
                .collect(Collectors.toMap(Sum::key, Function.identity()));
        return new ExpenditureTotals(
                Arrays.stream(CostCategory.values()).map(category -> {
                    Sum<CostCategory> sum = sums.get(category);
                    return sum == null ? new ExpenditureTotals.CategorySum(category, BigDecimal.ZERO.setScale(UsdAmounts.SCALE), 0)
                            : new ExpenditureTotals.CategorySum(category, sum.amountUsd(), sum.entries());
                }).toList(),
                expenditure.sumsByYear(filter).stream()
                        .map(sum -> new ExpenditureTotals.YearSum(sum.key(), sum.amountUsd(), sum.entries())).toList());
    }
}

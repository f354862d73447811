package org.ohchr.uprfund.gateway.repository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Balance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class BalanceRepository implements PanacheRepositoryBase<Balance, UUID> {

    /** The latest balance carried forward dated at or before {@code date} (of two on one date, the later recorded). */
    public Optional<Balance> latestAtOrBefore(LocalDate date) {
        return find("balanceDate <= ?1", Sort.descending("balanceDate", "recordedAt", "balanceId"), date).firstResultOptional();
    }

    public boolean anyDatedIn(LocalDate from, LocalDate to) {
        return count("balanceDate >= ?1 and balanceDate <= ?2", from, to) > 0;
    }
}

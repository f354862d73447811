package org.ohchr.uprfund.contributions.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.domain.ExchangeDifference;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ExchangeDifferenceRepository implements PanacheRepositoryBase<ExchangeDifference, UUID> {

    /** The difference recorded with a contribution or reversal entry; there is at most one. */
    public Optional<ExchangeDifference> findByContribution(UUID contributionId) {
        return find("contributionId", contributionId).firstResultOptional();
    }

    /** For each of {@code contributionIds} that has one: the US dollar difference recorded with it. */
    public Map<UUID, BigDecimal> amountsOfContributions(Collection<UUID> contributionIds) {
        if (contributionIds.isEmpty()) {
            return Map.of();
        }
        return find("contributionId in ?1", contributionIds).stream()
                .collect(Collectors.toMap(difference -> difference.contributionId, difference -> difference.amountUsd));
    }

    /** The US dollars the reversals of difference {@code id} took back so far, positive for a gain reversed. */
    public BigDecimal reversedSoFar(UUID id) {
        BigDecimal sum = getEntityManager()
                .createQuery("select coalesce(sum(e.amountUsd), 0) from ExchangeDifference e where e.reversesId = :id", BigDecimal.class)
                .setParameter("id", id).getSingleResult();
        return sum.negate();
    }

    /** Differences by accounting date, then by when they were recorded; every filter is optional. */
    public Page<ExchangeDifference> search(UUID donorId, UUID pledgeId, DateRange dates, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Parameters parameters = new Parameters();
        if (donorId != null) {
            where.add("e.donorId = :donorId");
            parameters.and("donorId", donorId);
        }
        if (pledgeId != null) {
            where.add("e.pledgeId = :pledgeId");
            parameters.and("pledgeId", pledgeId);
        }
        if (dates.from() != null) {
            where.add("e.recordedOn >= :from");
            parameters.and("from", dates.from());
        }
        if (dates.to() != null) {
            where.add("e.recordedOn <= :to");
            parameters.and("to", dates.to());
        }
        return Page.of(find("from ExchangeDifference e" + where + " order by e.recordedOn, e.recordedAt, e.id", parameters), page);
    }

    /**
     * The net exchange gain (positive) or loss (negative) dated from {@code from} to {@code to}, both included and each
     * optional, summed from the rows: the figure of the statement's exchange line.
     */
    public BigDecimal sumUsd(LocalDate from, LocalDate to) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        if (from != null) {
            where.add("e.recordedOn >= :from");
        }
        if (to != null) {
            where.add("e.recordedOn <= :to");
        }
        var query = getEntityManager().createQuery("select coalesce(sum(e.amountUsd), 0) from ExchangeDifference e" + where, BigDecimal.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getSingleResult().setScale(2);
    }
}

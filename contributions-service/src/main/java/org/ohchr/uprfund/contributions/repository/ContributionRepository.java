package org.ohchr.uprfund.contributions.repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.ohchr.uprfund.contributions.domain.Contribution;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.platform.classification.DonorName;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<Contribution, UUID> {

    /** Reads the entry and locks its row until the transaction ends, so that reversals of it take turns. */
    public Optional<Contribution> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Entries by date received, then by when they were recorded; every filter is optional.
     */
    public Page<Contribution> search(Filter filter, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Parameters parameters = new Parameters();
        if (filter.donorId() != null) {
            where.add("c.donorId = :donorId");
            parameters.and("donorId", filter.donorId());
        }
        if (filter.pledgeId() != null) {
            where.add("c.pledgeId = :pledgeId");
            parameters.and("pledgeId", filter.pledgeId());
        }
        if (filter.period() != null) {
            where.add("c.periodFirstYear = :firstYear and c.periodLastYear = :lastYear");
            parameters.and("firstYear", filter.period().firstYear()).and("lastYear", filter.period().lastYear());
        }
        if (filter.currency() != null) {
            where.add("c.currency = :currency");
            parameters.and("currency", filter.currency());
        }
        if (filter.received().from() != null) {
            where.add("c.receivedOn >= :from");
            parameters.and("from", filter.received().from());
        }
        if (filter.received().to() != null) {
            where.add("c.receivedOn <= :to");
            parameters.and("to", filter.received().to());
        }
        return Page.of(find("from Contribution c" + where + " order by c.receivedOn, c.recordedAt, c.id", parameters), page);
    }

    /** For each of {@code pledgeIds} that has entries: the sum of their amounts (reversals negative) and how many there are. */
    public Map<UUID, Applied> appliedToPledges(Collection<UUID> pledgeIds) {
        Map<UUID, Applied> applied = new HashMap<>();
        if (pledgeIds.isEmpty()) {
            return applied;
        }
        TypedQuery<Object[]> query = getEntityManager().createQuery(
                "select c.pledgeId, sum(c.amount), count(c) from Contribution c where c.pledgeId in :ids group by c.pledgeId",
                Object[].class);
        for (Object[] row : query.setParameter("ids", pledgeIds).getResultList()) {
            applied.put((UUID) row[0], new Applied((BigDecimal) row[1], (Long) row[2]));
        }
        return applied;
    }

    /** What the reversals of {@code id} took back so far, as positive magnitudes (zero when it was never reversed). */
    public Reversed reversedSoFar(UUID id) {
        Object[] row = getEntityManager().createQuery(
                "select coalesce(sum(c.amount), 0), coalesce(sum(c.amountUsd), 0) from Contribution c where c.reversesId = :id",
                Object[].class).setParameter("id", id).getSingleResult();
        return new Reversed(((BigDecimal) row[0]).negate(), ((BigDecimal) row[1]).negate());
    }

    /** For each of {@code ids} that was reversed at least once: the amount its reversals took back, positive. */
    public Map<UUID, BigDecimal> reversedAmounts(Collection<UUID> ids) {
        Map<UUID, BigDecimal> reversed = new HashMap<>();
        if (ids.isEmpty()) {
            return reversed;
        }
        TypedQuery<Object[]> query = getEntityManager().createQuery(
                "select c.reversesId, sum(c.amount) from Contribution c where c.reversesId in :ids group by c.reversesId", Object[].class);
        for (Object[] row : query.setParameter("ids", ids).getResultList()) {
            reversed.put((UUID) row[0], ((BigDecimal) row[1]).negate());
        }
        return reversed;
    }

    /**
     * US dollar sums of the entries (reversals included) grouped by donor and/or period, for periods within
     * {@code from}..{@code to} when given, in the order of Table 2: period, then donor name.
     */
    public List<Group> sumsByGroup(boolean byDonor, boolean byPeriod, Period from, Period to) {
        StringJoiner select = new StringJoiner(", ");
        StringJoiner groupBy = new StringJoiner(", ");
        StringJoiner orderBy = new StringJoiner(", ");
        if (byPeriod) {
            select.add("c.periodFirstYear").add("c.periodLastYear");
            groupBy.add("c.periodFirstYear").add("c.periodLastYear");
            orderBy.add("c.periodFirstYear").add("c.periodLastYear");
        }
        if (byDonor) {
            select.add("d.id").add("d.name").add("d.kind").add("d.iso3");
            groupBy.add("d.id").add("d.name").add("d.kind").add("d.iso3");
            orderBy.add("case when d.kind = " + DonorKind.class.getName() + ".PRIVATE then '" + DonorName.PRIVATE_DONOR
                    + "' else d.name end").add("d.id");
        }
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        if (from != null) {
            where.add("c.periodFirstYear >= :fromYear");
        }
        if (to != null) {
            where.add("c.periodLastYear <= :toYear");
        }
        String jpql = "select " + select + ", sum(c.amountUsd), count(c) from Contribution c join Donor d on d.id = c.donorId"
                + where + " group by " + groupBy + " order by " + orderBy;
        TypedQuery<Object[]> query = getEntityManager().createQuery(jpql, Object[].class);
        if (from != null) {
            query.setParameter("fromYear", from.firstYear());
        }
        if (to != null) {
            query.setParameter("toYear", to.lastYear());
        }
        return query.getResultList().stream().map(row -> {
            int column = 0;
            Period period = null;
            if (byPeriod) {
                period = new Period((Integer) row[0], (Integer) row[1]);
                column = 2;
            }
            UUID donorId = null;
            String name = null;
            DonorKind kind = null;
            String iso3 = null;
            if (byDonor) {
                donorId = (UUID) row[column];
                name = (String) row[column + 1];
                kind = (DonorKind) row[column + 2];
                iso3 = (String) row[column + 3];
                column += 4;
            }
            return new Group(donorId, name, kind, iso3, period, (BigDecimal) row[column], (Long) row[column + 1]);
        }).toList();
    }

    /** US dollar sums of a donor's entries (reversals included) by the period they count for. */
    public Map<Period, BigDecimal> receivedUsdByPeriod(UUID donorId) {
        Map<Period, BigDecimal> sums = new HashMap<>();
        TypedQuery<Object[]> query = getEntityManager().createQuery(
                "select c.periodFirstYear, c.periodLastYear, sum(c.amountUsd) from Contribution c where c.donorId = :donorId"
                        + " group by c.periodFirstYear, c.periodLastYear", Object[].class);
        for (Object[] row : query.setParameter("donorId", donorId).getResultList()) {
            sums.put(new Period((Integer) row[0], (Integer) row[1]), (BigDecimal) row[2]);
        }
        return sums;
    }

    /** Optional filters of the contribution list; null means "any". */
    public record Filter(UUID donorId, UUID pledgeId, Period period, String currency, DateRange received) {
    }

    /** The entries applied to one pledge: their sum in its currency and their number. */
    public record Applied(BigDecimal amount, long entries) {
    }

    /** What reversals took back, positive. */
    public record Reversed(BigDecimal amount, BigDecimal amountUsd) {
    }

    /** One row of a grouped sum; the donor fields or the period are null when not grouped by them. */
    public record Group(UUID donorId, String donorName, DonorKind donorKind, String donorIso3, Period period, BigDecimal amountUsd,
            long count) {
    }
}

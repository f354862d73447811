package org.ohchr.uprfund.contributions.repository;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.domain.Pledge;
import org.ohchr.uprfund.contributions.domain.PledgeStatus;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PledgeRepository implements PanacheRepositoryBase<Pledge, UUID> {

    /** What a pledge has been paid, summed from the contributions applied to it (reversals negative). */
    private static final String PAID = "coalesce((select sum(k.amount) from Contribution k where k.pledgeId = p.id), 0)";
    private static final String CANCELLED = "exists (select 1 from PledgeCancellation x where x.pledgeId = p.id)";

    /** Reads the pledge and locks its row until the transaction ends, so that payments and a cancellation take turns. */
    public Optional<Pledge> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The pledges of a donor, in list order. */
    public List<Pledge> listOfDonor(UUID donorId) {
        return find("donorId = ?1 order by pledgedOn, recordedAt, id", donorId).list();
    }

    /**
     * Pledges by date pledged, then by when they were recorded; every filter is optional. The status is derived in the
     * query from the contributions and the cancellation of each pledge, as {@code PledgeStanding} derives it.
     */
    public Page<Pledge> search(Filter filter, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Parameters parameters = new Parameters();
        if (filter.donorId() != null) {
            where.add("p.donorId = :donorId");
            parameters.and("donorId", filter.donorId());
        }
        if (filter.period() != null) {
            where.add("p.periodFirstYear = :firstYear and p.periodLastYear = :lastYear");
            parameters.and("firstYear", filter.period().firstYear()).and("lastYear", filter.period().lastYear());
        }
        if (filter.currency() != null) {
            where.add("p.currency = :currency");
            parameters.and("currency", filter.currency());
        }
        if (filter.pledged().from() != null) {
            where.add("p.pledgedOn >= :from");
            parameters.and("from", filter.pledged().from());
        }
        if (filter.pledged().to() != null) {
            where.add("p.pledgedOn <= :to");
            parameters.and("to", filter.pledged().to());
        }
        if (filter.status() != null) {
            where.add(statusCondition(filter.status()));
        }
        return Page.of(find("from Pledge p" + where + " order by p.pledgedOn, p.recordedAt, p.id", parameters), page);
    }

    private static String statusCondition(PledgeStatus status) {
        return switch (status) {
            case CANCELLED, WRITTEN_OFF -> "exists (select 1 from PledgeCancellation x where x.pledgeId = p.id and x.reason = '"
                    + status.name() + "')";
            case PAID -> "not " + CANCELLED + " and " + PAID + " >= p.amount";
            case PARTLY_PAID -> "not " + CANCELLED + " and " + PAID + " > 0 and " + PAID + " < p.amount";
            case OPEN -> "not " + CANCELLED + " and " + PAID + " <= 0";
        };
    }

    /** Optional filters of the pledge list; null means "any". */
    public record Filter(UUID donorId, Period period, PledgeStatus status, String currency, DateRange pledged) {
    }
}

package org.ohchr.uprfund.contributions.repository;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.domain.PledgeCancellation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Cancellations and write-offs, keyed by the pledge they close. */
@ApplicationScoped
public class PledgeCancellationRepository implements PanacheRepositoryBase<PledgeCancellation, UUID> {

    /** The cancellations of those of {@code pledgeIds} that were cancelled or written off, by pledge id. */
    public Map<UUID, PledgeCancellation> ofPledges(Collection<UUID> pledgeIds) {
        if (pledgeIds.isEmpty()) {
            return Map.of();
        }
        return find("pledgeId in ?1", pledgeIds).stream()
                .collect(Collectors.toMap(cancellation -> cancellation.pledgeId, Function.identity()));
    }
}

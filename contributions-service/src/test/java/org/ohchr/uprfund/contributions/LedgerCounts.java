package org.ohchr.uprfund.contributions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.contributions.repository.ExchangeDifferenceRepository;
import org.ohchr.uprfund.contributions.repository.PledgeCancellationRepository;
import org.ohchr.uprfund.contributions.repository.PledgeRepository;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;

/** Counts of the rows a refused request must not write: pledges, cancellations, contributions, exchange differences, events. */
@ApplicationScoped
public class LedgerCounts {

    @Inject
    PledgeRepository pledges;

    @Inject
    PledgeCancellationRepository cancellations;

    @Inject
    ContributionRepository contributions;

    @Inject
    ExchangeDifferenceRepository exchangeDifferences;

    @Inject
    OutboxEventRepository outbox;

    public Snapshot snapshot() {
        return new Snapshot(pledges.count(), cancellations.count(), contributions.count(), exchangeDifferences.count(), outbox.count());
    }

    /** Row counts at one moment; equal snapshots mean nothing was written in between. */
    public record Snapshot(long pledges, long cancellations, long contributions, long exchangeDifferences, long events) {
    }
}

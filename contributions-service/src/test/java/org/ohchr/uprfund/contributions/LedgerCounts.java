package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ohchr.uprfund.contributions.repository.BalanceRepository;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.contributions.repository.ExchangeDifferenceRepository;
import org.ohchr.uprfund.contributions.repository.IncomeRepository;
import org.ohchr.uprfund.contributions.repository.PledgeCancellationRepository;
import org.ohchr.uprfund.contributions.repository.PledgeRepository;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;

/**
 * Counts of the rows a refused request must not write: pledges, cancellations, contributions, exchange differences,
 * other income, balances, events.
 */
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
    IncomeRepository income;

    @Inject
    BalanceRepository balances;

    @Inject
    OutboxEventRepository outbox;

    public Snapshot snapshot() {
        return new Snapshot(pledges.count(), cancellations.count(), contributions.count(), exchangeDifferences.count(), income.count(),
                balances.count(), outbox.count());
    }

    /** Runs the request (with its own assertions) and asserts that it wrote none of these rows. */
    public void assertNothingWrittenBy(Runnable request) {
        Snapshot before = snapshot();
        request.run();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Row counts at one moment; equal snapshots mean nothing was written in between. */
    public record Snapshot(long pledges, long cancellations, long contributions, long exchangeDifferences, long income, long balances,
            long events) {
    }
}

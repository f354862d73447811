package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.receive;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.platform.database.ConsistentReads;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The figures of a position are read in one snapshot: a contribution committed meanwhile is in all of them or in none. */
@QuarkusTest
class ConsistentReadsTest {

    @Inject
    ConsistentReads reads;

    @Inject
    ContributionRepository contributions;

    @Test
    void aWriteCommittedDuringTheReadsIsInNoneOfThem() {
        String donorId = newDonor("Snapshot");
        long[] counts = QuarkusTransaction.requiringNew().call(() -> {
            reads.repeatableRead();
            long first = contributions.count();
            receive(contribution(donorId, "10.00", "USD", null, "2020"));
            return new long[] { first, contributions.count() };
        });

        assertThat(counts[1]).isEqualTo(counts[0]);
        assertThat(contributions.count()).isEqualTo(counts[0] + 1);
    }
}

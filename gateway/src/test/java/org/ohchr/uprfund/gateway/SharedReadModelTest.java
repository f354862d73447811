package org.ohchr.uprfund.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.domain.FundDonor;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several gateway instances share one read model, each applying the records of its own partitions: what another
 * instance applied reaches this one's fund status through the notice it sends, not only after a record of its own.
 */
@QuarkusTest
class SharedReadModelTest {

    @Inject
    FundDonorRepository donors;

    @Inject
    DataSource dataSource;

    @Test
    void aChangeAnotherInstanceAppliedReachesThisInstancesStatusThroughItsNotice() throws Exception {
        long before = await().atMost(Duration.ofSeconds(60)).until(FundStatusClient::registeredDonors,
                registered -> registered == donorsInReadModel());

        // What another instance's consumer does: a donor applied to the shared tables, then a notice of its change.
        QuarkusTransaction.requiringNew().run(() -> {
            FundDonor donor = new FundDonor();
            donor.donorId = UUID.randomUUID();
            donor.name = "Applied by another gateway instance";
            donor.kind = "PRIVATE";
            donor.registeredAt = Instant.now();
            donors.persist(donor);
        });
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('fund_read_model_changed', ?)")) {
            notify.setString(1, UUID.randomUUID() + " DONORS,PLEDGES");
            notify.execute();
        }

        await().atMost(Duration.ofSeconds(10)).until(FundStatusClient::registeredDonors, registered -> registered == before + 1);
        assertEquals(before + 1, donorsInReadModel());
    }

    @Test
    void aChangeWhoseNoticeWasMissedReachesThisInstancesStatusByThePeriodicCheck() {
        long before = await().atMost(Duration.ofSeconds(60)).until(FundStatusClient::registeredDonors,
                registered -> registered == donorsInReadModel());

        // What another instance's consumer does, in one transaction: the donor, and the topic's count of events applied.
        // Its notice never arrives.
        QuarkusTransaction.requiringNew().run(() -> {
            FundDonor donor = new FundDonor();
            donor.donorId = UUID.randomUUID();
            donor.name = "Applied by an instance whose notice was lost";
            donor.kind = "PRIVATE";
            donor.registeredAt = Instant.now();
            donors.persist(donor);
            donors.getEntityManager().createNativeQuery("""
                    INSERT INTO source_freshness AS f (topic, events_applied, duplicates_ignored) VALUES ('fund.contributions.v1', 1, 0)
                    ON CONFLICT (topic) DO UPDATE SET events_applied = f.events_applied + 1""").executeUpdate();
        });

        // The check runs every second in tests (fund.read-model.snapshot-check).
        await().atMost(Duration.ofSeconds(10)).until(FundStatusClient::registeredDonors, registered -> registered == before + 1);
    }

    private long donorsInReadModel() {
        return QuarkusTransaction.requiringNew().call(donors::count);
    }
}

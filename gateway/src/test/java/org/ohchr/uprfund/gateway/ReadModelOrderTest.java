package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ohchr.uprfund.gateway.FundEvents.CONTRIBUTIONS_TOPIC;
import static org.ohchr.uprfund.gateway.FundEvents.PROJECTS_TOPIC;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;
import org.ohchr.uprfund.gateway.service.consumer.FundEventConsumers;
import org.ohchr.uprfund.platform.database.PostgresServer;
import org.ohchr.uprfund.platform.inbox.ConsumerState;
import org.ohchr.uprfund.testing.TestDatabaseServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The read model applies each aggregate's events in the producer's order (its aggregate sequence), whatever the producers'
 * clocks say, and a failure of the moment makes a record wait, never park: only a record at fault is parked.
 */
@QuarkusTest
class ReadModelOrderTest {

    static final Duration APPLIED_WITHIN = Duration.ofSeconds(60);

    @Inject
    FundDonorRepository donors;

    @Inject
    FundEventConsumers consumers;

    @Test
    void recordWaitsWhileTheDatabaseIsAwayAndIsAppliedAfterNeverParked() throws Exception {
        UUID donorId = UUID.randomUUID();
        FundEvents.Event registered = FundEvents.donorRegistered(donorId, "Marshall Islands", "STATE", "MHL");

        try (Connection admin = adminConnection()) {
            String database = databaseName();
            refuseConnections(admin, database, true);
            try {
                long triesBefore = retries();
                EventPublisher.send(registered);
                // More tries than those after which a record used to be parked (3 in tests).
                await().atMost(APPLIED_WITHIN).until(() -> retries() >= triesBefore + 5);
            } finally {
                refuseConnections(admin, database, false);
            }
        }

        // The test's own reads may draw a pooled connection the outage cut; the pool drops it, and the next read gets another.
        await().atMost(APPLIED_WITHIN).ignoreExceptionsInstanceOf(JDBCConnectionException.class)
                .until(() -> registeredDonor(donorId), "Marshall Islands"::equals);
        assertNull(FundStatusClient.deadLetterOfEvent(CONTRIBUTIONS_TOPIC, registered.id().toString()));
    }

    @Test
    void eventBreakingItsSchemaIsParkedAtOnceWithoutWaiting() {
        UUID donorId = UUID.randomUUID();
        FundEvents.Event valid = FundEvents.contributionReceived(UUID.randomUUID(), donorId, null, "1000.00", LocalDate.of(2023, 3, 1),
                "2023", null).withSequence(1);
        FundEvents.Event broken = valid.withData(valid.data().deepCopy().put("amountUsd", "1000.5"));

        Instant sent = Instant.now();
        EventPublisher.send(broken);

        FundEvents.Event parked = broken;
        Map<String, Object> letter = await().atMost(APPLIED_WITHIN)
                .until(() -> FundStatusClient.deadLetterOfEvent(CONTRIBUTIONS_TOPIC, parked.id().toString()), found -> found != null);
        assertEquals("SCHEMA", letter.get("failure"));
        Duration waited = Duration.between(sent, Instant.parse((String) letter.get("parkedAt")));
        // A record at fault waits neither for retries nor for the producer's earlier events (10 s in tests).
        assertTrue(waited.compareTo(Duration.ofSeconds(8)) < 0, "parked after " + waited);
    }

    @Test
    void statusOfTheHigherSequenceStandsInFundStatusAndCountryProfileWhateverTheClocksSay() {
        UUID projectId = UUID.randomUUID();
        Instant now = Instant.now();
        FundEvents.Event proposed = FundEvents.projectProposed(projectId, "FSM-2024-01", "FSM", "60000.00", List.of(), List.of(5))
                .withSequence(1).at(now);
        FundEvents.Event approved = FundEvents.projectApproved(projectId, "FSM", "60000.00", LocalDate.of(2024, 3, 1))
                .withSequence(2).at(now.plusSeconds(5));
        // Written last, by an instance whose clock is behind: its time is the earliest of the three.
        FundEvents.Event cancelled = FundEvents.projectStatusChanged(projectId, "FSM", "APPROVED", "CANCELLED", "Agreement withdrawn")
                .withSequence(3).at(now.minusSeconds(5));

        EventPublisher.send(proposed, approved, cancelled);

        await().atMost(APPLIED_WITHIN).until(() -> FundStatusClient.source(PROJECTS_TOPIC).get("lastEventId"),
                id -> cancelled.id().toString().equals(id));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath status = FundStatusClient.status();
            assertEquals(1, status.getInt("projects.byCountry.find { it.iso3 == 'FSM' }.projects"));
            assertEquals(0, status.getInt("projects.byCountry.find { it.iso3 == 'FSM' }.funded"), "a cancelled project is not funded");
        });
        assertEquals("CANCELLED", profileStatus("FSM", projectId));
    }

    @Test
    void gapWaitsForTheMissingEventAndThenApplies() {
        UUID projectId = UUID.randomUUID();
        FundEvents.Event proposed = FundEvents.projectProposed(projectId, "SMR-2024-01", "SMR", "40000.00", List.of(), List.of(16))
                .withSequence(1);
        FundEvents.Event approved = FundEvents.projectApproved(projectId, "SMR", "40000.00", LocalDate.of(2024, 4, 1)).withSequence(2);
        FundEvents.Event active = FundEvents.projectStatusChanged(projectId, "SMR", "APPROVED", "ACTIVE").withSequence(3);

        int partition = EventPublisher.send(proposed, active).get(0).partition();

        await().atMost(APPLIED_WITHIN).until(() -> gapWaiting(partition));
        assertEquals("PROPOSED", profileStatus("SMR", projectId), "the event after the gap is not applied out of order");
        assertNull(FundStatusClient.deadLetterOfEvent(PROJECTS_TOPIC, active.id().toString()));

        // The missing event turns up on another partition (as after the topic's partitions were added to).
        EventPublisher.sendToPartition(approved, (partition + 1) % 3);

        await().atMost(APPLIED_WITHIN).until(() -> "ACTIVE".equals(profileStatus("SMR", projectId)));
        assertNull(FundStatusClient.deadLetterOfEvent(PROJECTS_TOPIC, active.id().toString()));
        assertNull(FundStatusClient.deadLetterOfEvent(PROJECTS_TOPIC, approved.id().toString()));
        assertEquals(1, FundStatusClient.status().getInt("projects.byCountry.find { it.iso3 == 'SMR' }.funded"));
        assertNotEquals(0L, given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("fund_read_model_sequence_gaps_seen") && line.contains(PROJECTS_TOPIC))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
    }

    /** True when readiness shows the partition held at a sequence gap. */
    private static boolean gapWaiting(int partition) {
        Object waiting = given().get("/q/health/ready").then().extract().jsonPath()
                .get("checks.find { it.name == 'Read model consumers' }.data.'" + PROJECTS_TOPIC + ".waiting." + partition + "'");
        return waiting != null && waiting.toString().contains("sequence gap");
    }

    private static String profileStatus(String iso3, UUID projectId) {
        var response = given().get("/api/fund/countries/" + iso3).then().extract();
        if (response.statusCode() != 200) {
            return null;
        }
        return response.jsonPath().getString("projects.items.find { it.projectId == '" + projectId + "' }.status");
    }

    private String registeredDonor(UUID donorId) {
        return QuarkusTransaction.requiringNew().call(() -> donors.findByIdOptional(donorId).map(donor -> donor.name).orElse(null));
    }

    private static Connection adminConnection() throws SQLException {
        PostgresServer server = TestDatabaseServer.resolve();
        return server.connect("postgres");
    }

    private static String databaseName() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The database refuses new connections and drops those it has (as when it goes away), or takes them again. */
    private static void refuseConnections(Connection admin, String database, boolean refuse) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            }
        }
    }

    /** Tries of records that had to wait on the contributions topic, since the gateway started. */
    private long retries() {
        return consumers.states().stream().filter(state -> state.topic().equals(CONTRIBUTIONS_TOPIC)).mapToLong(ConsumerState::retries)
                .sum();
    }
}

package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.config.PublicReadsConfig;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * HTTP reads hold at most their share of the read model's connections: with every read stuck (a table they read is
 * locked), three times as many reads as that share hold no more connections than it, the others get a 503 problem, and
 * the consumers still apply money events and fund status shows them.
 */
@QuarkusTest
class PublicReadConnectionsTest {

    @Inject
    DataSource dataSource;

    @Inject
    PublicReadsConfig config;

    @Inject
    AppliedEvents applied;

    @Test
    void eventsAreAppliedAndFundStatusFreshWhileReadsHoldEveryConnectionTheyMay() throws Exception {
        int share = config.connections();
        long donorsBefore = FundStatusClient.registeredDonors();
        ExecutorService clients = Executors.newFixedThreadPool(3 * share);
        List<Future<Response>> reads = new ArrayList<>();
        try (Connection locker = dataSource.getConnection(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE stated_figure IN ACCESS EXCLUSIVE MODE");
            for (int i = 0; i < 3 * share; i++) {
                reads.add(clients.submit(() -> given().get("/api/fund/stated-figures").thenReturn()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> readsWaitingOnTheLock() >= share);
            // The reads past the share wait for a connection no longer than longestWait, then are answered.
            await().atMost(Duration.ofSeconds(30)).until(() -> reads.stream().filter(Future::isDone).count() >= 2L * share);
            assertEquals(share, readsWaitingOnTheLock(), "reads holding a connection");

            FundEvents.Event registered = FundEvents.donorRegistered(UUID.randomUUID(), "Read share test donor", "STATE", "NZL");
            EventPublisher.send(registered);
            await().atMost(Duration.ofSeconds(30)).until(() -> applied.contains(FundEvents.CONTRIBUTIONS_SOURCE, registered.id()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertEquals(donorsBefore + 1, FundStatusClient.registeredDonors());
                assertEquals(registered.id().toString(), FundStatusClient.source(FundEvents.CONTRIBUTIONS_TOPIC).get("lastEventId"));
            });
            locker.rollback();
        } finally {
            clients.shutdown();
        }

        int refused = 0;
        for (Future<Response> read : reads) {
            Response response = read.get();
            if (response.statusCode() == 503) {
                refused++;
                assertEquals("application/problem+json", response.contentType());
                assertTrue(response.header("Retry-After") != null, "Retry-After");
            } else {
                assertEquals(200, response.statusCode(), response.asString());
            }
        }
        assertTrue(refused >= share, "reads refused past the share: " + refused);
        given().get("/api/fund/stated-figures").then().statusCode(200);
    }

    /** Sessions of this database waiting for a lock: the reads stuck on the locked table, each holding its connection. */
    private long readsWaitingOnTheLock() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock'""")) {
            count.next();
            return count.getLong(1);
        }
    }
}

package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.domain.Rebuild;
import org.ohchr.uprfund.gateway.repository.RebuildLock;
import org.ohchr.uprfund.gateway.repository.RebuildRepository;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The rebuild replays every topic from offset zero into a fresh schema and compares every figure with the live model:
 * equal when the live model is what its events make it, and each differing figure named when it is not.
 */
@QuarkusTest
class RebuildTest {

    private static final Duration DONE_WITHIN = Duration.ofSeconds(180);

    @Inject
    RebuildRepository rebuilds;

    @Inject
    DataSource dataSource;

    @Test
    void rebuildFromOffsetZeroEqualsTheLiveModelFigureByFigure() {
        UUID donor = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        EventPublisher.send(FundEvents.donorRegistered(donor, "Rebuild test donor", "STATE", "AUS"),
                FundEvents.contributionReceived(UUID.randomUUID(), donor, null, "1234.56", LocalDate.of(2022, 8, 1), "2022", null),
                FundEvents.projectProposed(project, "SLE-2022-01", "SLE", "40000.00", List.of(), List.of(16)),
                FundEvents.projectApproved(project, "SLE", "40000.00", LocalDate.of(2022, 3, 1)),
                FundEvents.expenditureRecorded(UUID.randomUUID(), project, "SLE", LocalDate.of(2022, 9, 1), "CONTRACTUAL_SERVICES",
                        "800.00", "Workshop venue", null));
        await().atMost(Duration.ofSeconds(60)).until(() -> FundEventConsumptionTest.fundedProjectsOf("SLE") == 1);

        JsonPath rebuild = runRebuild();

        assertEquals("DONE", rebuild.getString("status"));
        assertEquals(List.of(), rebuild.getList("differences"));
        assertEquals(Boolean.TRUE, rebuild.get("equal"));
        assertTrue(rebuild.getInt("figuresCompared") > 50, "figures compared: " + rebuild.getInt("figuresCompared"));
        assertTrue(rebuild.getLong("recordsRead") >= 5, "records read: " + rebuild.getLong("recordsRead")); // at least the five sent here
    }

    @Test
    void rebuildNamesEachFigureThatDiffersAndAgreesOnceTheLiveModelIsFixed() {
        UUID project = UUID.randomUUID();
        FundEvents.Event proposal = FundEvents.projectProposed(project, "SDN-2022-01", "SDN", "60000.00", List.of(), List.of(16));
        FundEvents.Event approval = FundEvents.projectApproved(project, "SDN", "60000.00", LocalDate.of(2022, 4, 1));
        EventPublisher.send(approval);
        Map<String, Object> parked = FundEventConsumptionTest.awaitParked(FundEvents.PROJECTS_TOPIC, approval.id());
        EventPublisher.send(proposal);
        await().atMost(Duration.ofSeconds(60)).until(() -> FundEventConsumptionTest.projectsOf("SDN") == 1);

        // Live, the approval stays parked until a fund manager replays it; the rebuild replays what it parks.
        JsonPath different = runRebuild();
        assertEquals(Boolean.FALSE, different.get("equal"));
        List<Map<String, Object>> differences = different.getList("differences");
        Map<String, Object> sudan = differences.stream().filter(d -> "status.projects.country.SDN".equals(d.get("figure"))).findFirst()
                .orElseThrow(() -> new AssertionError(differences.toString()));
        assertEquals("1 projects, 0 funded, budget 60000.00, spent 0.00", sudan.get("live"));
        assertEquals("1 projects, 1 funded, budget 60000.00, spent 0.00", sudan.get("rebuilt"));
        assertTrue(differences.stream().anyMatch(d -> "source.fund.projects.v1.parked".equals(d.get("figure"))), differences.toString());

        given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/dead-letters/" + parked.get("id") + "/replay")
                .then().statusCode(200).body("status", equalTo("APPLIED"));
        await().atMost(Duration.ofSeconds(60)).until(() -> FundEventConsumptionTest.fundedProjectsOf("SDN") == 1);

        JsonPath equal = runRebuild();
        assertEquals(List.of(), equal.getList("differences"));
        assertEquals(Boolean.TRUE, equal.get("equal"));
    }

    @Test
    void rebuildsAreAFundManagersAndOneRunsAtATime() {
        given().post("/api/fund/rebuilds").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.fieldOffice("SLE")).post("/api/fund/rebuilds").then().statusCode(403);
        given().auth().oauth2(TestTokens.fundManager()).get("/api/fund/rebuilds/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.fundManager()).get("/api/fund/rebuilds/not-a-uuid").then().statusCode(404);

        String first = given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/rebuilds").then().statusCode(202)
                .extract().header("Location");
        given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/rebuilds").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://upr-fund.example/problems/conflict"));
        awaitDone(URI.create(first).getPath());
    }

    @Test
    void aRebuildLeftRunningByAnInstanceKilledMidRunIsRecoveredAndTheNextOneRuns() {
        // What a gateway instance killed mid-rebuild leaves: the row RUNNING, and no session holding the rebuild lock.
        UUID crashed = QuarkusTransaction.requiringNew().call(() -> runningRebuild("killed instance"));

        JsonPath next = runRebuild();

        assertEquals("DONE", next.getString("status"));
        given().auth().oauth2(TestTokens.fundManager()).get("/api/fund/rebuilds/" + crashed).then().statusCode(200)
                .body("status", equalTo("FAILED"), "failure", containsString("stopped before it finished"), "finishedAt", notNullValue());
    }

    @Test
    void aRebuildRunningOnAnotherInstanceIsNotTakenForACrashedOne() throws Exception {
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(true);
            try (Statement lock = otherInstance.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + RebuildLock.KEY + ")");
            }
            UUID running = QuarkusTransaction.requiringNew().call(() -> runningRebuild("another gateway instance"));

            given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/rebuilds").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString(running.toString()));
            given().auth().oauth2(TestTokens.fundManager()).get("/api/fund/rebuilds/" + running).then().statusCode(200)
                    .body("status", equalTo("RUNNING"));

            try (Statement unlock = otherInstance.createStatement()) {
                unlock.execute("SELECT pg_advisory_unlock(" + RebuildLock.KEY + ")");
            }
        }
        // Once its instance is gone (its session with it), the next rebuild finds it crashed.
        assertEquals("DONE", runRebuild().getString("status"));
    }

    private UUID runningRebuild(String requestedBy) {
        Rebuild rebuild = new Rebuild();
        rebuild.id = UUID.randomUUID();
        rebuild.requestedBy = requestedBy;
        rebuild.startedAt = Instant.now();
        rebuild.status = Rebuild.Status.RUNNING;
        rebuilds.persist(rebuild);
        return rebuild.id;
    }

    private static JsonPath runRebuild() {
        String location = given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/rebuilds")
                .then().statusCode(202)
                .header("Location", startsWith("https://fund.test.example/api/fund/rebuilds/"))
                .body("status", equalTo("RUNNING"))
                .extract().header("Location");
        return awaitDone(URI.create(location).getPath());
    }

    private static JsonPath awaitDone(String path) {
        return await().atMost(DONE_WITHIN).pollInterval(Duration.ofMillis(500)).until(
                () -> given().auth().oauth2(TestTokens.fundManager()).get(path).then().statusCode(200).extract().jsonPath(),
                rebuild -> !"RUNNING".equals(rebuild.getString("status")));
    }
}

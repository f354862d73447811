package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.publishedEvent;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.recordsUntil;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * A year is closed for the whole fund only once every ledger confirmed it: this service confirms with the request,
 * projects-service's confirmation arrives on its topic (played here by {@link ProjectsLedger}). The class runs on a
 * database of its own; each test closes a later year than any before it.
 */
@QuarkusTest
@TestProfile(YearClosingTest.OwnBooks.class)
class YearClosingTest {

    /** No setting of its own: a profile of its own is what gives the class a fresh database. */
    public static class OwnBooks implements QuarkusTestProfile {
    }

    private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(60);
    private static final AtomicInteger YEARS = new AtomicInteger();

    @Test
    void aYearIsClosingUntilProjectsConfirmsItThenClosedAndPublished() {
        int year = nextYear();
        close(year).statusCode(201).body("state", equalTo("CLOSING"), "awaiting", contains("projects-service"),
                "confirmations.ledger", contains("contributions-service"), "closedAt", nullValue());

        JsonNode requested = publishedEvent("AccountingYearClosingRequested", "year", Integer.toString(year));
        assertThat(requested.path("closedThrough").asText()).isEqualTo(year + "-12-31");
        assertThat(requested.path("awaitedLedgers").toString()).isEqualTo("[\"projects-service\"]");
        api().when().get("/api/accounting-years/" + year + "/closure").then().statusCode(200).body("state", equalTo("CLOSING"));
        api().when().get("/api/accounting-years").then().statusCode(200).body("closedThrough", equalTo(year + "-12-31"),
                "closedBy", containsString("closing"));

        ProjectsLedger.confirm(year);

        awaitState(year, "CLOSED");
        state(year).body("awaiting", empty(), "confirmations.ledger", contains("contributions-service", "projects-service"),
                "closedAt", org.hamcrest.Matchers.notNullValue());
        JsonNode closed = publishedEvent("AccountingYearClosed", "year", Integer.toString(year));
        assertThat(closed.path("closedThrough").asText()).isEqualTo(year + "-12-31");
    }

    @Test
    void aConfirmationDeliveredTwiceOrSentAgainClosesTheYearOnce() {
        int year = nextYear();
        close(year).statusCode(201);
        String confirmation = ProjectsLedger.confirm(year);
        ProjectsLedger.send(confirmation);
        ProjectsLedger.confirm(year);
        awaitState(year, "CLOSED");
        String confirmedAt = state(year).extract().path("confirmations.find { it.ledger == 'projects-service' }.confirmedAt");

        int later = nextYear();
        close(later).statusCode(201);
        ProjectsLedger.confirm(later);
        awaitState(later, "CLOSED");
        List<ConsumerRecord<String, String>> records = recordsUntil("AccountingYearClosed", "year", Integer.toString(later));
        assertThat(records.stream().filter(record -> record.value().contains("AccountingYearClosed\"")
                && record.value().contains("\"year\":" + year + ",")).count()).isEqualTo(1);
        state(year).body("confirmations.find { it.ledger == 'projects-service' }.confirmedAt", equalTo(confirmedAt));
    }

    @Test
    void unreadableConfirmationsAreSkippedAndALaterConfirmationClosesEveryEarlierClosingYear() {
        int year = nextYear();
        close(year).statusCode(201);
        ProjectsLedger.send("{ not json");
        ProjectsLedger.send(ProjectsLedger.confirmation(UUID.randomUUID(), year).replace("\"year\":" + year, "\"year\":\"soon\""));
        ProjectsLedger.confirm(year + 1);

        int marker = nextYear();
        close(marker).statusCode(201);
        ProjectsLedger.confirm(marker);
        awaitState(marker, "CLOSED");
        // The later confirmation covers the earlier closing: projects refuses every date through the later year.
        state(year).body("state", equalTo("CLOSED"));
        api().when().get("/api/accounting-years/" + (year + 1) + "/closure").then().statusCode(404);
    }

    @Test
    void aClosingAskedForAgainWhileClosingIsPublishedAgainAndOnceClosedIsRefused() {
        int year = nextYear();
        close(year).statusCode(201);
        close(year).statusCode(202).body("state", equalTo("CLOSING"));
        List<ConsumerRecord<String, String>> records = recordsUntil("AccountingYearClosingRequested", "year", Integer.toString(year));
        assertThat(records.stream().filter(record -> record.value().contains("AccountingYearClosingRequested\"")
                && record.value().contains("\"year\":" + year + ",")).count()).isGreaterThanOrEqualTo(1);

        ProjectsLedger.confirm(year);
        awaitState(year, "CLOSED");
        close(year).statusCode(409).body("type", equalTo("https://upr-fund.example/problems/conflict"));
        close(year - 1).statusCode(409);
    }

    @Test
    void aYearEndedByABalanceCarriedForwardCanBeClosed() {
        int year = nextYear();
        LocalDate balanceDate = LocalDate.of(year + 1, 1, 1);
        asFundManager().body(Map.of("balanceDate", balanceDate.toString(), "amountUsd", 1000, "source", "Audited statements"))
                .when().post("/api/balances").then().statusCode(201);

        close(year).statusCode(201).body("state", equalTo("CLOSING"));
        ProjectsLedger.confirm(year);
        awaitState(year, "CLOSED");
    }

    /** A year after every year closed so far in this JVM, and far before every date the other tests use. */
    private static int nextYear() {
        return 1961 + 2 * YEARS.getAndIncrement();
    }

    private static ValidatableResponse close(int year) {
        return asFundManager().body(Map.of()).when().post("/api/accounting-years/" + year + "/closure").then();
    }

    private static ValidatableResponse state(int year) {
        return api().when().get("/api/accounting-years/" + year + "/closure").then().statusCode(200);
    }

    private static void awaitState(int year, String state) {
        await().atMost(ARRIVES_WITHIN).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> state(year).body("state", equalTo(state)));
    }
}

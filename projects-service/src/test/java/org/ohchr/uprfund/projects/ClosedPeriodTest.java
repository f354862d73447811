package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.PROBLEM;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.correction;
import static org.ohchr.uprfund.projects.ProjectTestRequests.expenditure;
import static org.ohchr.uprfund.projects.ProjectTestRequests.spend;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TopicReader;
import org.ohchr.uprfund.testing.TopicWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Closed accounting periods come from contributions-service's events, written here to its topic as it publishes them
 * (and checked against the schemas it ships): expenditure dated on or before the books' last closed day is refused, and
 * corrections go into the open year. The years closed here are long past (1990s), so the other tests, dated from 2011,
 * never meet them; each test closes a later year than any before it, in whatever order the tests run.
 */
@QuarkusTest
class ClosedPeriodTest {

    private static final String TOPIC = "fund.contributions.v1";
    private static final String SOURCE = "/upr-fund/contributions-service";
    private static final String YEAR_CLOSED = "org.ohchr.uprfund.contributions.AccountingYearClosed";
    private static final String YEAR_CLOSING_REQUESTED = "org.ohchr.uprfund.contributions.AccountingYearClosingRequested";
    private static final String CONFIRMED = "org.ohchr.uprfund.projects.AccountingYearClosingConfirmed";
    private static final String PROJECTS_TOPIC = "fund.projects.v1";
    private static final String BOOKS = "00000000-0000-0000-0000-00000000b00c";
    private static final String BALANCE = "org.ohchr.uprfund.contributions.BalanceCarriedForward";
    private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger YEARS = new AtomicInteger();

    @Inject
    TableRowCounts entries;

    @Test
    void expenditureInAClosedYearIsRefusedAndCorrectionsGoIntoTheOpenYear() {
        int year = nextYear();
        String projectId = activeProject("COD");
        String original = spend(projectId, LocalDate.of(year, 6, 30), "STAFF_TRAVEL", "800.00");
        String fundLevel = spend(null, LocalDate.of(year, 12, 31), "GRANTS", "300.00");

        closeYear(UUID.randomUUID(), year);

        periodClosed(() -> asFundManager().body(expenditure(projectId, LocalDate.of(year, 12, 31), "STAFF", "1.00"))
                .when().post("/api/expenditures").then());
        periodClosed(() -> asFundManager().body(expenditure(null, LocalDate.of(year - 1, 1, 1), "STAFF", "1.00"))
                .when().post("/api/expenditures").then());
        periodClosed(() -> asFundManager().body(correction(LocalDate.of(year, 12, 31), "100.00"))
                .when().post("/api/expenditures/" + original + "/corrections").then());

        asFundManager().body(correction(LocalDate.of(year + 1, 1, 1), "100.00")).when().post("/api/expenditures/" + original + "/corrections")
                .then().statusCode(201).body("spentOn", equalTo((year + 1) + "-01-01"));
        asFundManager().body(correction(LocalDate.of(year + 1, 1, 2), null)).when().post("/api/expenditures/" + fundLevel + "/corrections")
                .then().statusCode(201);
        asFundManager().body(expenditure(projectId, LocalDate.of(year + 1, 1, 1), "STAFF", "1.00")).when().post("/api/expenditures")
                .then().statusCode(201);
    }

    @Test
    void aBalanceCarriedForwardClosesEveryDayBeforeItsDate() {
        int year = nextYear();
        LocalDate balanceDate = LocalDate.of(year + 1, 1, 1);
        carryForward(UUID.randomUUID(), balanceDate);

        periodClosed(() -> asFundManager().body(expenditure(null, balanceDate.minusDays(1), "STAFF", "1.00"))
                .when().post("/api/expenditures").then());
        asFundManager().body(expenditure(null, balanceDate, "STAFF", "1.00")).when().post("/api/expenditures").then().statusCode(201);
        api().when().get("/api/expenditures/closed-periods").then().statusCode(200)
                .body("closings.find { it.balanceDate == '" + balanceDate + "' }.closedBy", equalTo("BalanceCarriedForward"),
                        "closings.find { it.balanceDate == '" + balanceDate + "' }.closedThrough", equalTo(balanceDate.minusDays(1).toString()));
    }

    @Test
    void aClosingDeliveredTwiceIsAppliedOnceAndUnreadableOrOtherRecordsAreSkipped() {
        int year = nextYear();
        UUID eventId = UUID.randomUUID();
        String event = yearClosedEvent(eventId, year);
        TopicWriter.sendCloudEvent(TOPIC, "books", "{ not json");
        TopicWriter.sendCloudEvent(TOPIC, "books", event);
        TopicWriter.sendCloudEvent(TOPIC, "books", event);
        TopicWriter.sendCloudEvent(TOPIC, "books", envelope(UUID.randomUUID(), YEAR_CLOSED, JSON.createObjectNode().put("year", "soon")));
        TopicWriter.sendCloudEvent(TOPIC, "donor", envelope(UUID.randomUUID(), "org.ohchr.uprfund.contributions.DonorRegistered",
                JSON.createObjectNode().put("donorId", UUID.randomUUID().toString()).put("name", "Not a closing")));
        int later = nextYear();
        closeYear(UUID.randomUUID(), later);

        List<String> ids = api().when().get("/api/expenditures/closed-periods").then().statusCode(200).extract().path("closings.eventId");
        assertThat(ids.stream().filter(eventId.toString()::equals)).hasSize(1);
        api().when().get("/api/expenditures/closed-periods").then()
                .body("closings.find { it.eventId == '" + eventId + "' }.year", equalTo(year),
                        "closings.find { it.eventId == '" + eventId + "' }.closedBy", equalTo("AccountingYearClosed"));
    }

    @Test
    void aRequestToCloseAYearIsConfirmedAndPublishedAndExpenditureInItIsRefusedFromThen() {
        int year = nextYear();
        String projectId = activeProject("COD");
        // Until this ledger confirms, the year is only closing, not closed: expenditure dated in it is still recorded.
        spend(projectId, LocalDate.of(year, 11, 30), "STAFF_TRAVEL", "800.00");
        UUID requestId = UUID.randomUUID();

        TopicWriter.sendCloudEvent(TOPIC, BOOKS, closingRequestedEvent(requestId, year));

        JsonNode confirmation = confirmationOf(requestId);
        assertThat(EventSchemas.violations("META-INF/resources/events/AccountingYearClosingConfirmed.json", confirmation)).isEmpty();
        assertThat(confirmation.path("year").asInt()).isEqualTo(year);
        assertThat(confirmation.path("closedThrough").asText()).isEqualTo(year + "-12-31");
        assertThat(confirmation.path("ledger").asText()).isEqualTo("projects-service");
        Instant confirmedAt = Instant.parse(confirmation.path("confirmedAt").asText());
        assertThat(confirmedAt).isBeforeOrEqualTo(Instant.now());
        periodClosed(() -> asFundManager().body(expenditure(projectId, LocalDate.of(year, 12, 31), "STAFF", "1.00"))
                .when().post("/api/expenditures").then());
        api().when().get("/api/expenditures/closed-periods").then().statusCode(200)
                .body("closings.find { it.eventId == '" + requestId + "' }.closedBy", equalTo("AccountingYearClosingRequested"));
    }

    @Test
    void aRequestDeliveredTwiceIsConfirmedOnceAndAnUnreadableOneDoesNotStopTheNext() {
        int year = nextYear();
        UUID requestId = UUID.randomUUID();
        String request = closingRequestedEvent(requestId, year);
        TopicWriter.sendCloudEvent(TOPIC, BOOKS, request);
        TopicWriter.sendCloudEvent(TOPIC, BOOKS, request);
        TopicWriter.sendCloudEvent(TOPIC, BOOKS, envelope(UUID.randomUUID(), YEAR_CLOSING_REQUESTED,
                JSON.createObjectNode().put("year", "soon")));
        int later = nextYear();
        UUID laterId = UUID.randomUUID();
        TopicWriter.sendCloudEvent(TOPIC, BOOKS, closingRequestedEvent(laterId, later));

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(PROJECTS_TOPIC,
                record -> record.value().contains(laterId.toString()), ARRIVES_WITHIN);
        assertThat(records.stream().filter(record -> record.value().contains(CONFIRMED) && record.value().contains(requestId.toString())))
                .hasSize(1);
        awaitClosedThrough(LocalDate.of(later, 12, 31));
    }

    /** A year after every year closed so far in this JVM, and far before every date the other tests use. */
    private static int nextYear() {
        return 1991 + 2 * YEARS.getAndIncrement();
    }

    private static void closeYear(UUID eventId, int year) {
        TopicWriter.sendCloudEvent(TOPIC, "00000000-0000-0000-0000-00000000b00c", yearClosedEvent(eventId, year));
        awaitClosedThrough(LocalDate.of(year, 12, 31));
    }

    private static void carryForward(UUID eventId, LocalDate balanceDate) {
        ObjectNode data = JSON.createObjectNode()
                .put("balanceId", eventId.toString())
                .put("balanceDate", balanceDate.toString())
                .put("amountUsd", "2352992.80")
                .put("source", "Audited financial statements")
                .put("recordedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        data.putNull("reference");
        assertThat(EventSchemas.violations("META-INF/resources/events/BalanceCarriedForward.json", data)).isEmpty();
        TopicWriter.sendCloudEvent(TOPIC, eventId.toString(), envelope(eventId, BALANCE, data));
        awaitClosedThrough(balanceDate.minusDays(1));
    }

    private static String closingRequestedEvent(UUID eventId, int year) {
        ObjectNode data = JSON.createObjectNode()
                .put("year", year)
                .put("closedThrough", year + "-12-31")
                .put("note", "Audited statements approved")
                .put("requestedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        data.putArray("awaitedLedgers").add("projects-service");
        assertThat(EventSchemas.violations("META-INF/resources/events/AccountingYearClosingRequested.json", data)).isEmpty();
        return envelope(eventId, YEAR_CLOSING_REQUESTED, data);
    }

    private static JsonNode confirmationOf(UUID requestId) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(PROJECTS_TOPIC,
                record -> record.value().contains(CONFIRMED) && record.value().contains(requestId.toString()), ARRIVES_WITHIN);
        try {
            JsonNode envelope = JSON.readTree(records.get(records.size() - 1).value());
            assertThat(envelope.path("source").asText()).isEqualTo("/upr-fund/projects-service");
            return envelope.path("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String yearClosedEvent(UUID eventId, int year) {
        ObjectNode data = JSON.createObjectNode()
                .put("year", year)
                .put("closedThrough", year + "-12-31")
                .put("note", "Audited statements approved")
                .put("closedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        assertThat(EventSchemas.violations("META-INF/resources/events/AccountingYearClosed.json", data)).isEmpty();
        return envelope(eventId, YEAR_CLOSED, data);
    }

    private static String envelope(UUID eventId, String type, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId.toString())
                .put("source", SOURCE)
                .put("type", type)
                .put("subject", eventId.toString())
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data);
        return envelope.toString();
    }

    private static void awaitClosedThrough(LocalDate date) {
        await().atMost(ARRIVES_WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                api().when().get("/api/expenditures/closed-periods").then().statusCode(200).body("closedThrough", equalTo(date.toString())));
    }

    private void periodClosed(Supplier<ValidatableResponse> request) {
        entries.assertNothingWrittenBy(() -> request.get().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://upr-fund.example/problems/period-closed"))
                .body("detail", containsString("spentOn")));
    }
}

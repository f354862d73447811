package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Fund status: every figure computed from the events, at the end of a past date as at the end of today; the current
 * status from its snapshot, with an entity tag, 304 while nothing changed, a new tag once an event changed it.
 */
@QuarkusTest
class FundStatusTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(60);

    @Test
    void statusAtThePastDateIsTheBalanceRolledForwardWithTheEntriesSince() {
        UUID donor = UUID.randomUUID();
        UUID pledge = UUID.randomUUID();
        UUID paying = UUID.randomUUID();
        UUID returned = UUID.randomUUID();
        UUID interest = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID salaries = UUID.randomUUID();
        EventPublisher.send(
                FundEvents.balanceCarriedForward(UUID.randomUUID(), LocalDate.of(2015, 1, 1), "500000.00"),
                FundEvents.pledgeRecorded(pledge, donor, "30000.00", LocalDate.of(2015, 1, 10), "2015"),
                FundEvents.contributionReceived(paying, donor, pledge, "10000.00", LocalDate.of(2015, 2, 1), "2015", "First instalment"),
                FundEvents.exchangeDifferenceRecorded(UUID.randomUUID(), paying, pledge, donor, "150.00", LocalDate.of(2015, 2, 1)),
                FundEvents.contributionReceived(returned, donor, null, "5000.00", LocalDate.of(2015, 3, 1), "2015", null),
                FundEvents.contributionReversed(UUID.randomUUID(), returned, donor, "-1000.00", LocalDate.of(2015, 4, 1), "2015"),
                FundEvents.incomeRecorded(interest, "INVESTMENT", "300.00", LocalDate.of(2015, 5, 1), "Interest", null, null),
                FundEvents.incomeReversed(UUID.randomUUID(), interest, "INVESTMENT", "-100.00", LocalDate.of(2015, 5, 2)),
                FundEvents.projectProposed(project, "KEN-2015-01", "KEN", "50000.00", List.of(), List.of(16)),
                FundEvents.projectApproved(project, "KEN", "50000.00", LocalDate.of(2015, 1, 15)),
                FundEvents.expenditureRecorded(salaries, project, "KEN", LocalDate.of(2015, 5, 10), "STAFF", "2000.00", "Salaries", null),
                FundEvents.expenditureReversed(UUID.randomUUID(), salaries, project, "KEN", LocalDate.of(2015, 6, 1), "STAFF", "-500.00"),
                FundEvents.expenditureRecorded(UUID.randomUUID(), null, null, LocalDate.of(2015, 6, 15), "GRANTS", "1000.00", "Grant", null),
                // Outside the window: after the date asked for, and before the balance (inside it).
                FundEvents.contributionReceived(UUID.randomUUID(), donor, null, "99.00", LocalDate.of(2015, 7, 1), "2015", null),
                FundEvents.expenditureRecorded(UUID.randomUUID(), null, null, LocalDate.of(2014, 12, 31), "STAFF", "777.00", "Late", null),
                // The donor arrives last: its contributions count all the same.
                FundEvents.donorRegistered(donor, "Kazakhstan", "STATE", "KAZ"));

        JsonPath status = await().atMost(APPLIED_WITHIN).until(() -> statusAt("2015-06-30"),
                // Every event above is applied: they travel on several topics and partitions, in no order between them.
                s -> s.getInt("projects.count") == 1 && "Kazakhstan".equals(s.get("pledgesOutstanding.byDonor[0].name"))
                        && "2015-01-01".equals(s.get("balanceCarriedForward.balanceDate"))
                        && s.getObject("expenditure.totalUsd", BigDecimal.class).compareTo(new BigDecimal("2500.00")) == 0
                        && new BigDecimal("1000.00").equals(s.getObject("expenditure.byCategory.find { it.code == 'GRANTS' }.amountUsd",
                                BigDecimal.class))
                        && s.getObject("income.totalUsd", BigDecimal.class).compareTo(new BigDecimal("14200.00")) == 0);

        assertEquals("2015-06-30", status.getString("asOf"));
        assertEquals("2015-01-01", status.getString("balanceCarriedForward.balanceDate"));
        assertEquals("2015-01-01", status.getString("counted.from"));
        assertEquals(new BigDecimal("13850.00"), line(status, "income.byKind", "CONTRIBUTIONS_RECEIVED"));
        assertEquals(3, status.getInt("income.byKind.find { it.code == 'CONTRIBUTIONS_RECEIVED' }.entries"));
        assertEquals(new BigDecimal("150.00"), line(status, "income.byKind", "EXCHANGE_GAIN_LOSS"));
        assertEquals(new BigDecimal("200.00"), line(status, "income.byKind", "INVESTMENT"));
        assertEquals(new BigDecimal("0.00"), line(status, "income.byKind", "MISCELLANEOUS"));
        assertEquals(new BigDecimal("14200.00"), status.getObject("income.totalUsd", BigDecimal.class));
        assertEquals(new BigDecimal("1500.00"), line(status, "expenditure.byCategory", "STAFF"));
        assertEquals(2, status.getInt("expenditure.byCategory.find { it.code == 'STAFF' }.entries"));
        assertEquals(9, status.getInt("expenditure.byCategory.size()"));
        assertEquals(new BigDecimal("2500.00"), status.getObject("expenditure.totalUsd", BigDecimal.class));
        assertEquals(new BigDecimal("11700.00"), status.getObject("netResultUsd", BigDecimal.class));
        assertEquals(new BigDecimal("511700.00"), status.getObject("closingBalanceUsd", BigDecimal.class));
        assertEquals(new BigDecimal("20000.00"), status.getObject("pledgesOutstanding.totalUsd", BigDecimal.class));
        assertEquals(donor.toString(), status.getString("pledgesOutstanding.byDonor[0].donorId"));
        assertEquals("KAZ", status.getString("pledgesOutstanding.byDonor[0].iso3"));
        assertEquals(1, status.getInt("projects.byStatus.find { it.code == 'APPROVED' }.count"));
        Map<String, Object> kenya = status.getMap("projects.byCountry.find { it.iso3 == 'KEN' }");
        assertEquals(1, ((Number) kenya.get("funded")).intValue());
        assertEquals(new BigDecimal("50000.00"), new BigDecimal(kenya.get("budgetUsd").toString()));
        assertEquals(new BigDecimal("1500.00"), new BigDecimal(kenya.get("spentUsd").toString()));
        assertEquals(1, status.getInt("donors.registered"));

        // Before the pledge was made, nothing was outstanding; before the balance, nothing was carried forward.
        assertEquals(new BigDecimal("0.00"), statusAt("2015-01-09").getObject("pledgesOutstanding.totalUsd", BigDecimal.class));
        assertNull(statusAt("2014-12-30").get("balanceCarriedForward"));
    }

    @Test
    void currentStatusCarriesAnEntityTagAndAnswers304WhileItHoldsAndANewTagOnceAnEventChangedIt() {
        String etag = given().get("/api/fund/status").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", "public, no-cache")
                .contentType("application/json")
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/fund/status").then().statusCode(304).header("ETag", etag)
                .body(emptyString());
        given().header("If-None-Match", "W/" + etag).get("/api/fund/status").then().statusCode(304);
        given().header("If-None-Match", "\"another\", " + etag).get("/api/fund/status").then().statusCode(304);
        given().header("If-None-Match", "*").get("/api/fund/status").then().statusCode(304);
        given().header("If-None-Match", "\"another\"").get("/api/fund/status").then().statusCode(200);
        assertEquals(etag, given().get("/api/fund/status").then().extract().header("ETag"), "nothing changed, the same tag");

        EventPublisher.send(FundEvents.donorRegistered(UUID.randomUUID(), "Etag test donor", "PRIVATE", null));

        String changed = await().atMost(APPLIED_WITHIN).until(() -> given().header("If-None-Match", etag).get("/api/fund/status")
                .then().extract().header("ETag"), tag -> !etag.equals(tag));
        assertNotEquals(etag, changed);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metricValue(metrics, "fund_status_refresh_delay_seconds_count") >= 1, metrics);
        assertTrue(metricValue(metrics, "fund_status_refresh_seconds_max") > 0, metrics);
        given().header("If-None-Match", etag).get("/api/fund/status").then().statusCode(200);
        given().header("If-None-Match", changed).get("/api/fund/status").then().statusCode(304);
    }

    @Test
    void freshnessOfEachSourceSaysTheLastEventAppliedAndItsLag() {
        FundEvents.Event event = FundEvents.recommendationRecorded(UUID.randomUUID(), "SEN", "SUPPORTED", "NOT_STARTED", List.of(4));
        EventPublisher.send(event);

        Map<String, Object> source = await().atMost(APPLIED_WITHIN).until(() -> FundStatusClient.source(FundEvents.RECOMMENDATIONS_TOPIC),
                s -> event.id().toString().equals(s.get("lastEventId")));
        assertEquals(event.type(), source.get("lastEventType"));
        assertNotNull(source.get("lastAppliedAt"));
        assertNotNull(source.get("lagSeconds"));
        List<String> topics = FundStatusClient.status().getList("sources.topic");
        assertEquals(List.of(FundEvents.CONTRIBUTIONS_TOPIC, FundEvents.PROJECTS_TOPIC, FundEvents.RECOMMENDATIONS_TOPIC), topics);
    }

    @Test
    void recommendationCountsKeptAsEventsArriveAgreeWithTheirHistory() {
        UUID changing = UUID.randomUUID();
        UUID revised = UUID.randomUUID();
        long recordedBefore = FundStatusClient.status().getLong("recommendations.recorded");
        EventPublisher.send(
                FundEvents.recommendationRecorded(changing, "URY", "PENDING", "NOT_STARTED", List.of(16)),
                FundEvents.responseRecorded(changing, "URY", "PENDING", "SUPPORTED"),
                FundEvents.implementationStatusChanged(changing, "URY", "NOT_STARTED", "IN_PROGRESS"),
                FundEvents.recommendationRecorded(revised, "URY", "SUPPORTED", "NOT_STARTED", List.of(5)),
                FundEvents.recommendationRevised(revised, "URY", "NOTED", "NOT_STARTED", List.of(5)));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        await().atMost(APPLIED_WITHIN).untilAsserted(() -> {
            JsonPath kept = FundStatusClient.status();
            JsonPath fromHistory = statusAt(today);
            assertEquals(fromHistory.getMap("recommendations"), kept.getMap("recommendations"));
            assertEquals(recordedBefore + 2, kept.getLong("recommendations.recorded"));
        });
    }

    @Test
    void asOfThatIsNotADateOrIsBeforeTheFundOrInTheFutureIsRefused() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        for (String asOf : List.of("2020-13-01", "yesterday", "2020-02-30", "10000-01-01", "2007-09-27", tomorrow, "1899-12-31",
                "2020-1-1", "%00")) {
            given().queryParam("asOf", asOf).get("/api/fund/status").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("asOf"));
        }
        given().get("/api/fund/status?asOf=2007-09-28").then().statusCode(200).body("asOf", equalTo("2007-09-28"))
                .body("balanceCarriedForward", equalTo(null));
        given().get("/api/fund/status?asOf=" + LocalDate.now(ZoneOffset.UTC)).then().statusCode(200);
    }

    @Test
    void budgetAtADateAddsTheChangesOfTheRevisionsInEffectAsProjectsServiceDoes() {
        UUID project = UUID.randomUUID();
        // Recorded first, effective in June: 100,000 to 150,000. Recorded second, effective in March: 150,000 to 120,000.
        // projects-service's budget is the approved one plus every change: 120,000, not the June revision's 150,000.
        EventPublisher.send(FundEvents.projectProposed(project, "LSO-2016-01", "LSO", "100000.00", List.of(), List.of(16)),
                FundEvents.projectApproved(project, "LSO", "100000.00", LocalDate.of(2016, 1, 15)),
                FundEvents.budgetRevised(UUID.randomUUID(), project, "LSO", "100000.00", "150000.00", LocalDate.of(2016, 6, 1)),
                FundEvents.budgetRevised(UUID.randomUUID(), project, "LSO", "150000.00", "120000.00", LocalDate.of(2016, 3, 1)));

        // Both revisions are applied (in the order recorded) once the budget in April has moved, whichever the rule.
        await().atMost(APPLIED_WITHIN).until(() -> budgetOfLesothoAt("2016-04-01"),
                budget -> budget != null && budget.compareTo(new BigDecimal("100000.00")) != 0);
        assertEquals(new BigDecimal("120000.00"), budgetOfLesothoAt("2016-12-31"));
        assertEquals(new BigDecimal("70000.00"), budgetOfLesothoAt("2016-04-01"));
        assertEquals(new BigDecimal("100000.00"), budgetOfLesothoAt("2016-02-29"));
    }

    private static BigDecimal budgetOfLesothoAt(String date) {
        Object budget = statusAt(date).get("projects.byCountry.find { it.iso3 == 'LSO' }.budgetUsd");
        return budget == null ? null : new BigDecimal(budget.toString());
    }

    private static JsonPath statusAt(String date) {
        return FundStatusClient.exact(given().get("/api/fund/status?asOf=" + date).then().statusCode(200).extract().jsonPath());
    }

    private static BigDecimal line(JsonPath status, String list, String code) {
        return status.getObject(list + ".find { it.code == '" + code + "' }.amountUsd", BigDecimal.class);
    }

    /** The value of a metric without labels in the Prometheus text. */
    private static double metricValue(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1))).findFirst().orElse(-1);
    }
}

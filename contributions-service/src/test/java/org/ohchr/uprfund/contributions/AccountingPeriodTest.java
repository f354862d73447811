package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.pledge;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.publishedEvent;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Closing the books. The class runs on a database of its own (its test profile restarts the application with fresh test
 * resources), since a closed period is closed for everything; each test closes a year later than any closed before it,
 * whatever order the tests run in ({@link #nextYear()}), so no test depends on another.
 */
@QuarkusTest
@TestProfile(AccountingPeriodTest.OwnBooks.class)
class AccountingPeriodTest {

    /** No setting of its own: a profile of its own is what gives the class a fresh database. */
    public static class OwnBooks implements QuarkusTestProfile {
    }

    private static final AtomicInteger YEARS_CLOSED = new AtomicInteger();

    @Inject
    TableRowCounts ledger;

    @Test
    void entriesDatedInAClosedYearAreRefusedAndCorrectionsGoIntoTheOpenYear() {
        int year = nextYear();
        String donorId = newDonor("Closed books");
        LocalDate inYear = LocalDate.of(year, 6, 30);
        String contributionId = ContributionTestRequests.receive(datedContribution(donorId, inYear));

        close(year).statusCode(201).body("year", equalTo(year), "state", equalTo("CLOSING"));

        periodClosed(() -> asFundManager().body(datedContribution(donorId, inYear)).when().post("/api/contributions"), "receivedOn");
        periodClosed(() -> asFundManager().body(datedContribution(donorId, LocalDate.of(year - 1, 1, 1))).when().post("/api/contributions"),
                "receivedOn");
        periodClosed(() -> asFundManager().body(datedPledge(donorId, LocalDate.of(year, 12, 31))).when().post("/api/pledges"),
                "pledgedOn");
        periodClosed(() -> asFundManager().body(income(LocalDate.of(year, 12, 31))).when().post("/api/income"), "accountingDate");
        periodClosed(() -> asFundManager().body(Map.of("reason", "Returned by the bank", "reversedOn", LocalDate.of(year, 12, 31).toString()))
                .when().post("/api/contributions/" + contributionId + "/reversal"), "reversedOn");

        LocalDate openYear = LocalDate.of(year + 1, 1, 1);
        asFundManager().body(Map.of("reason", "Returned by the bank", "reversedOn", openYear.toString()))
                .when().post("/api/contributions/" + contributionId + "/reversal").then().statusCode(201);
        asFundManager().body(income(openYear)).when().post("/api/income").then().statusCode(201);
    }

    @Test
    void theBooksSayHowFarTheyAreClosedAndTheClosingIsPublished() {
        int year = nextYear();
        close(year, "Audited financial statements approved").statusCode(201)
                .header("Location", containsString("/api/accounting-years/" + year + "/closure"));

        api().when().get("/api/accounting-years").then().statusCode(200)
                .body("closedThrough", equalTo(year + "-12-31"))
                .body("years.year", hasItem(year));
        api().when().get("/api/accounting-years/" + year + "/closure").then().statusCode(200)
                .body("note", equalTo("Audited financial statements approved"));
        JsonNode requested = publishedEvent("AccountingYearClosingRequested", "closedThrough", year + "-12-31");
        assertThat(requested.path("year").asInt()).isEqualTo(year);

        ProjectsLedger.confirm(year);
        JsonNode closed = publishedEvent("AccountingYearClosed", "closedThrough", year + "-12-31");
        assertThat(closed.path("year").asInt()).isEqualTo(year);
        assertThat(closed.path("note").asText()).isEqualTo("Audited financial statements approved");
    }

    @Test
    void aYearCannotBeClosedTwiceNorBeforeItIsOverAndClosingWritesNothingElse() {
        int year = nextYear();
        close(year).statusCode(201);

        nothingWritten(() -> close(year - 1).statusCode(409).body("type", equalTo("https://upr-fund.example/problems/conflict")));
        nothingWritten(() -> close(LocalDate.now(ZoneOffset.UTC).getYear()).statusCode(400).body("violations[0].field", equalTo("year")));
        nothingWritten(() -> close(1899).statusCode(400).body("violations[0].field", equalTo("year")));
        nothingWritten(() -> api().auth().oauth2(TestTokens.withoutRoles()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/accounting-years/" + (year + 1) + "/closure").then().statusCode(403));
    }

    @Test
    void aBalanceCarriedForwardClosesEveryDayBeforeIt() {
        int year = nextYear();
        LocalDate balanceDate = LocalDate.of(year + 1, 1, 1);
        asFundManager().body(Map.of("balanceDate", balanceDate.toString(), "amountUsd", 1000, "source", "Audited statements"))
                .when().post("/api/balances").then().statusCode(201);

        periodClosed(() -> asFundManager().body(income(balanceDate.minusDays(1))).when().post("/api/income"), "accountingDate");
        asFundManager().body(income(balanceDate)).when().post("/api/income").then().statusCode(201);
        api().when().get("/api/accounting-years").then().statusCode(200)
                .body("closedThrough", equalTo(balanceDate.minusDays(1).toString()));

        close(year).statusCode(201).body("state", equalTo("CLOSING"));
    }

    @Test
    void anEntryMayBeDatedUpToTodayInUtcAndNoLaterWhateverTheTimeZone() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Tomorrow in UTC is today in UTC+14 from 10:00 UTC on: fund status refuses it as an asOf, so entries refuse it too.
        nothingWritten(() -> asFundManager().body(income(today.plusDays(1))).when().post("/api/income").then().statusCode(400)
                .body("violations[0].field", equalTo("accountingDate"))
                .body("violations[0].message", equalTo("must not be in the future (today is " + today + " UTC)")));
    }

    /** A year after every year closed so far in this JVM: closing a year closes every year before it. */
    private static int nextYear() {
        return 1993 + 2 * YEARS_CLOSED.getAndIncrement();
    }

    private static ValidatableResponse close(int year) {
        return asFundManager().body(Map.of()).when().post("/api/accounting-years/" + year + "/closure").then();
    }

    private static ValidatableResponse close(int year, String note) {
        return asFundManager().body(Map.of("note", note)).when().post("/api/accounting-years/" + year + "/closure").then();
    }

    private void periodClosed(java.util.function.Supplier<io.restassured.response.Response> request, String field) {
        nothingWritten(() -> request.get().then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/period-closed"))
                .body("detail", containsString(field)));
    }

    private void nothingWritten(Runnable request) {
        ledger.assertNothingWrittenBy(request);
    }

    private static Map<String, Object> datedContribution(String donorId, LocalDate receivedOn) {
        Map<String, Object> body = contribution(donorId, "100.00", "USD", null, Integer.toString(receivedOn.getYear()));
        body.put("receivedOn", receivedOn.toString());
        return body;
    }

    private static Map<String, Object> datedPledge(String donorId, LocalDate pledgedOn) {
        Map<String, Object> body = pledge(donorId, "100", "USD", null, Integer.toString(pledgedOn.getYear()));
        body.put("pledgedOn", pledgedOn.toString());
        return body;
    }

    private static Map<String, Object> income(LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INVESTMENT");
        body.put("accountingDate", date.toString());
        body.put("amountUsd", 10);
        body.put("description", "Interest");
        return body;
    }
}

package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.period.EntryDates;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A year's statement says where its closing stands, from the events of the closing protocol: OPEN, CLOSING once a fund
 * manager asked for it (whatever the ledgers' confirmations so far), CLOSED only once contributions-service published
 * that every ledger confirmed it. The year closed here (2009) is one no other test reads a statement of.
 */
@QuarkusTest
class YearClosureTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);
    private static final int YEAR = 2009;

    @Test
    void aYearIsClosingUntilEveryLedgerConfirmedItThenClosed() {
        EventPublisher.send(FundEvents.incomeRecorded(UUID.randomUUID(), "MISCELLANEOUS", "1.00", LocalDate.of(YEAR, 6, 30), "Refund",
                null, null));
        await().atMost(APPLIED_WITHIN).untilAsserted(() -> books(YEAR, "OPEN", false));
        FundEvents.Event requested = FundEvents.accountingYearClosingRequested(YEAR);
        EventPublisher.send(requested);
        await().atMost(APPLIED_WITHIN).untilAsserted(() -> books(YEAR, "CLOSING", false));

        EventPublisher.send(FundEvents.accountingYearClosingConfirmed(YEAR, requested.id()));
        EventPublisher.send(FundEvents.accountingYearClosed(YEAR));
        await().atMost(APPLIED_WITHIN).untilAsserted(() -> books(YEAR, "CLOSED", true));
        given().get("/api/fund/statements").then().statusCode(200)
                .body("years.find { it.year == " + YEAR + " }.books", equalTo("CLOSED"));
    }

    @Test
    void fundStatusAnswersAsOfTheSuitesTodayAndNoLater() {
        LocalDate today = EntryDates.today(java.time.Clock.systemUTC());
        given().queryParam("asOf", today.toString()).get("/api/fund/status").then().statusCode(200).body("asOf", equalTo(today.toString()));
        given().queryParam("asOf", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()).get("/api/fund/status").then().statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
    }

    private static void books(int year, String state, boolean closed) {
        given().get("/api/fund/statements/" + year).then().statusCode(200).body("books", equalTo(state), "closed", equalTo(closed));
    }
}

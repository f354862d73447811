package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.api;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.balance;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.postBalance;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.publishedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.repository.BalanceRepository;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Balances carried forward. The class runs on a database of its own (its test profile restarts the application with fresh
 * test resources), since a balance closes every period before it. Each balance is dated after every balance recorded
 * before it, whatever order the tests run in ({@link #nextBalanceDate()}), so no test depends on another.
 */
@QuarkusTest
@TestProfile(BalanceResourceTest.OwnBooks.class)
class BalanceResourceTest {

    /** No setting of its own: a profile of its own is what gives the class a fresh database. */
    public static class OwnBooks implements QuarkusTestProfile {
    }

    private static final LocalDate FIRST_BALANCE_DATE = LocalDate.of(2001, 1, 1);
    private static final AtomicInteger BALANCES_DATED = new AtomicInteger();

    @Inject
    BalanceRepository balances;

    @Inject
    OutboxEventRepository outbox;

    @Test
    void carriedForwardBalanceIsReadBackAndPublished() throws Exception {
        LocalDate date = nextBalanceDate();
        Map<String, Object> body = balance(date, "2352992.80", "Audited financial statements 2010");
        body.put("reference", "Statement of income and expenditure, fund balance at 31 December 2010");
        Response created = postBalance(body);
        String id = created.then().statusCode(201)
                .header("Location", endsWith("/api/balances/" + created.path("id")))
                .body("balanceDate", equalTo(date.toString()), "amountUsd", equalTo(new BigDecimal("2352992.80")),
                        "source", equalTo("Audited financial statements 2010"))
                .extract().path("id");

        api().when().get("/api/balances/" + id).then().statusCode(200)
                .body("amountUsd", equalTo(new BigDecimal("2352992.80")), "reference", containsString("31 December 2010"));
        List<String> listed = api().queryParam("from", date.toString()).queryParam("to", date.toString())
                .when().get("/api/balances").then().statusCode(200).extract().path("items.id");
        assertThat(listed).containsExactly(id);

        JsonNode event = publishedEvent(id, "BalanceCarriedForward");
        JsonNode data = event.path("data");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(data.path("balanceId").asText()).isEqualTo(id);
        assertThat(data.path("balanceDate").asText()).isEqualTo(date.toString());
        assertThat(data.path("amountUsd").asText()).isEqualTo("2352992.80");
        assertThat(EventSchemas.violations("META-INF/resources/events/BalanceCarriedForward.json", data)).isEmpty();
    }

    @Test
    void secondBalanceOnTheSameDateIsAConflictAndWritesNothing() {
        LocalDate date = nextBalanceDate();
        postBalance(balance(date, "1000.00", "Audited financial statements 2011")).then().statusCode(201);

        expectNothingWritten(() -> postBalance(balance(date, "1001.00", "Audited financial statements 2011, restated"))
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(date.toString())));
    }

    @Test
    void aBalanceBeforeTheLatestIsInAClosedPeriodAndWritesNothing() {
        LocalDate earlier = nextBalanceDate();
        LocalDate later = nextBalanceDate();
        postBalance(balance(later, "20.00", "Audited")).then().statusCode(201);

        expectNothingWritten(() -> postBalance(balance(earlier, "10.00", "Audited, but late"))
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://upr-fund.example/problems/period-closed"), "detail", containsString(earlier.toString())));
    }

    @Test
    void futureBalanceIsRefused() {
        refused(balance(LocalDate.now().plusDays(2), "1.00", "Forecast"), "balanceDate");
    }

    @Test
    void amountWithMoreThanTwoDecimalsIsRefused() {
        refused(balance(nextBalanceDate(), "1.001", "Audited financial statements 2012"), "amountUsd");
    }

    @Test
    void missingFieldsAreEachNamed() {
        expectNothingWritten(() -> asFundManager().body(Map.of("reference", "x")).when().post("/api/balances")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("balanceDate"), "violations.field", hasItem("amountUsd"),
                        "violations.field", hasItem("source")));
        refused(balance(nextBalanceDate(), "1.00", "s".repeat(301)), "source");
    }

    @Test
    void wrongTypesAreClientErrors() {
        Map<String, Object> textAmount = balance(nextBalanceDate(), "1.00", "Audited");
        textAmount.put("amountUsd", "a lot");
        expectNothingWritten(() -> postBalance(textAmount).then().statusCode(400).contentType(PROBLEM));
        Map<String, Object> badDate = balance(nextBalanceDate(), "1.00", "Audited");
        badDate.put("balanceDate", "2001-02-30");
        expectNothingWritten(() -> postBalance(badDate).then().statusCode(400).contentType(PROBLEM));
    }

    @Test
    void recordingNeedsAFundManagerToken() {
        Map<String, Object> body = balance(nextBalanceDate(), "1.00", "Audited");
        expectNothingWritten(() -> {
            api().contentType(ContentType.JSON).body(body).when().post("/api/balances").then().statusCode(401).contentType(PROBLEM);
            api().auth().oauth2(TestTokens.withoutRoles()).contentType(ContentType.JSON).body(body).when().post("/api/balances")
                    .then().statusCode(403).contentType(PROBLEM);
        });
    }

    @Test
    void replayedIdempotencyKeyReturnsFirstResponseAndWritesOnce() {
        String key = "balance-" + UUID.randomUUID();
        Map<String, Object> body = balance(nextBalanceDate(), "5.00", "Audited financial statements 2013");
        Response first = asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/balances");
        first.then().statusCode(201);
        expectNothingWritten(() -> asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/balances")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id"))));
    }

    @Test
    void listIsInDateOrderPagedAndEmptyPastTheEnd() {
        LocalDate quarter = nextBalanceDate();
        LocalDate midYear = nextBalanceDate();
        postBalance(balance(quarter, "4.00", "Quarterly audit")).then().statusCode(201);
        postBalance(balance(midYear, "7.00", "Mid-year audit")).then().statusCode(201);
        List<String> dates = api().queryParam("size", 200).when().get("/api/balances").then().statusCode(200)
                .extract().path("items.balanceDate");
        assertThat(dates).isSorted().contains(quarter.toString(), midYear.toString());
        api().queryParam("from", quarter.toString()).queryParam("to", midYear.toString()).queryParam("size", 1)
                .when().get("/api/balances").then().statusCode(200)
                .body("items.size()", equalTo(1), "items[0].balanceDate", equalTo(quarter.toString()), "total", equalTo(2));
        api().queryParam("page", 1000).when().get("/api/balances").then().statusCode(200).body("items.size()", equalTo(0));
        api().queryParam("size", 0).when().get("/api/balances").then().statusCode(400).contentType(PROBLEM);
        api().queryParam("from", "yesterday").when().get("/api/balances")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("from"));
    }

    @Test
    void unknownBalanceIsNotFound() {
        api().when().get("/api/balances/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    /** A date after every balance recorded so far in this JVM: a balance closes every period before it. */
    private static LocalDate nextBalanceDate() {
        return FIRST_BALANCE_DATE.plusDays(10L * BALANCES_DATED.getAndIncrement());
    }

    private void refused(Map<String, Object> body, String field) {
        expectNothingWritten(() -> postBalance(body).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(field)));
    }

    private void expectNothingWritten(Runnable request) {
        long balancesBefore = balances.count();
        long eventsBefore = outbox.count();
        request.run();
        assertThat(balances.count()).isEqualTo(balancesBefore);
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }
}

package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ChunkedUpload;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Bodies an attacker, or a broken client, sends: each is refused with a 400 problem naming what is wrong, quickly, before
 * any arithmetic, and nothing is written. The error never shows a stack trace, SQL or a Java class name.
 */
@QuarkusTest
class HostileInputTest {

    private static final String INCOME = """
            {"kind": "INVESTMENT", "accountingDate": "2020-12-31", "amountUsd": %s, "description": %s}""";

    @Inject
    TableRowCounts ledger;

    @Test
    void absurdExponentsAreRefusedAtOnceBeforeAnyArithmetic() {
        for (String number : new String[] { "1e600000000", "1e60000000", "-1e60000000", "1e-600000000", "1E+999999999" }) {
            long started = System.nanoTime();
            refused(INCOME.formatted(number, "\"Interest\""), "amountUsd");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(number).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void absurdScalesAndLengthsAreRefused() {
        refused(INCOME.formatted("0." + "0".repeat(40) + "1", "\"Interest\""), "amountUsd");
        refused(INCOME.formatted("1" + "0".repeat(40), "\"Interest\""), "amountUsd");
        malformed(INCOME.formatted("1" + "0".repeat(200), "\"Interest\""));
        refused(INCOME.formatted("\"" + "9".repeat(150) + "\"", "\"Interest\""), "amountUsd");
    }

    @Test
    void numbersBeyondWhatTheBooksKeepAreRefused() {
        refused(INCOME.formatted("1e20", "\"Interest\""), "amountUsd");
        refused(INCOME.formatted("123456789012345678", "\"Interest\""), "amountUsd");
        String donorId = newDonor("Column precision");
        refused("""
                {"donorId": "%s", "receivedOn": "2020-06-01", "amount": 100, "currency": "EUR", "usdPerUnit": 1e12, "period": "2020"}"""
                .formatted(donorId), "usdPerUnit", "/api/contributions");
        refused("""
                {"donorId": "%s", "receivedOn": "2020-06-01", "amount": 1000000000000000, "currency": "USD", "period": "2020"}"""
                .formatted(donorId), "amount", "/api/contributions");
    }

    @Test
    void textPostgresqlCannotStoreIsRefusedNamingTheField() {
        refused(INCOME.formatted("1", "\"Interest\\u0000and more\""), "description");
        refused(INCOME.formatted("1", "\"Interest \\ud800 alone\""), "description");
        refused("""
                {"kind": "MISCELLANEOUS", "accountingDate": "2020-12-31", "amountUsd": 1, "description": "x",
                 "reconciliation": {"line": "CONTRIBUTIONS_RECEIVED", "note": "Table 1\\u0000"}}""", "reconciliation.note");
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        String donorId = newDonor("Misspelled pledge");
        long contributionsBefore = ledger.now().get("contribution");
        refused("""
                {"donorId": "%s", "pledgeID": "%s", "receivedOn": "2020-06-01", "amount": 5, "currency": "USD", "period": "2020"}"""
                .formatted(donorId, UUID.randomUUID()), "pledgeID", "/api/contributions");
        assertThat(ledger.now().get("contribution")).isEqualTo(contributionsBefore);
    }

    @Test
    void aRepeatedPropertyIsRefused() {
        malformed("""
                {"kind": "INVESTMENT", "accountingDate": "2020-12-31", "amountUsd": 1, "amountUsd": 1000000, "description": "x"}""");
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() {
        refused(INCOME.formatted("1", "123"), "description");
        refused(INCOME.formatted("1", "true"), "description");
        refused(INCOME.formatted("\"one\"", "\"Interest\""), "amountUsd");
        refused(INCOME.formatted("[1]", "\"Interest\""), "amountUsd");
        refused("""
                {"kind": "INVESTMENT", "accountingDate": 20201231, "amountUsd": 1, "description": "x"}""", "accountingDate");
        refused("""
                {"kind": 3, "accountingDate": "2020-12-31", "amountUsd": 1, "description": "x"}""", "kind");
    }

    @Test
    void datesOutsideTheYearsKeptAreRefused() {
        refused("""
                {"kind": "INVESTMENT", "accountingDate": "0001-01-01", "amountUsd": 1, "description": "x"}""", "accountingDate");
        refused("""
                {"kind": "INVESTMENT", "accountingDate": "+10000-01-01", "amountUsd": 1, "description": "x"}""", "accountingDate");
    }

    @Test
    void deepNestingTrailingDataAndBrokenJsonAreMalformed() {
        malformed("""
                {"kind": "MISCELLANEOUS", "accountingDate": "2020-12-31", "amountUsd": 1, "description": "x", "reconciliation": %s}"""
                .formatted("[".repeat(100) + "]".repeat(100)));
        malformed(INCOME.formatted("1", "\"Interest\"") + " {}");
        malformed("{\"kind\": \"INVESTMENT\",");
        malformed("\u0000\u0001");
    }

    @Test
    void aBodyFarOverTheLimitGetsItsProblemEveryTimeWhetherItsLengthIsDeclaredOrNot() {
        byte[] twoMegabytes = INCOME.formatted("1", "\"" + "x".repeat(2 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 10; attempt++) {
            // Answered before the body is read: the client is still sending when the answer comes.
            nothingWritten(() -> asFundManager().body(twoMegabytes).when().post("/api/income").then().statusCode(413)
                    .contentType("application/problem+json").body("type", equalTo("https://upr-fund.example/problems/payload-too-large")));
            // Sent in chunks, without a length: counted as it is read.
            nothingWritten(() -> {
                HttpResponse<String> chunked = ChunkedUpload.post("/api/income", Map.of(
                        "Authorization", "Bearer " + TestTokens.fundManager(),
                        "Content-Type", "application/json",
                        "Idempotency-Key", UUID.randomUUID().toString()), twoMegabytes);
                assertThat(chunked.statusCode()).isEqualTo(413);
                assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(chunked.body()).contains("\"type\":\"https://upr-fund.example/problems/payload-too-large\"");
            });
        }
    }

    private void refused(String body, String field) {
        refused(body, field, "/api/income");
    }

    private void refused(String body, String field, String path) {
        nothingWritten(() -> answer(body, path).statusCode(400)
                .body("type", equalTo("https://upr-fund.example/problems/validation-failed"))
                .body("violations.field", hasItem(field)));
    }

    private void malformed(String body) {
        nothingWritten(() -> answer(body, "/api/income").statusCode(400)
                .body("type", org.hamcrest.Matchers.startsWith("https://upr-fund.example/problems/")));
    }

    private static ValidatableResponse answer(String body, String path) {
        return asFundManager().body(body).when().post(path).then()
                .contentType("application/problem+json")
                .body(not(containsString("java.")), not(containsString("Exception")), not(containsString("com.fasterxml")),
                        not(containsString("SELECT")), not(containsString("INSERT")));
    }

    private void nothingWritten(Runnable request) {
        ledger.assertNothingWrittenBy(request);
    }
}

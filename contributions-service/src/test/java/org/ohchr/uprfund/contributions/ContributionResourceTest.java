package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.daysAgo;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.postContribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.publishedEvent;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.receive;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.recordPledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;

@QuarkusTest
class ContributionResourceTest {

    @Inject
    TableRowCounts counts;

    @Test
    void contributionReceivedIsRecordedAsReceivedAndPublished() {
        String donor = newDonor("Generous trust");
        Map<String, Object> body = contribution(donor, "100.00", "EUR", "1.084250", "2025");

        Response created = postContribution(body);

        created.then().statusCode(201).header("Location", containsString("/api/contributions/"))
                .body("amount", equalTo(new BigDecimal("100.00")), "currency", equalTo("EUR"),
                        "usdPerUnit", equalTo(new BigDecimal("1.08425")), "amountUsd", equalTo(new BigDecimal("108.42")),
                        "period", equalTo("2025"), "pledgeId", nullValue(), "exchangeDifferenceUsd", nullValue(),
                        "remainingAmount", equalTo(new BigDecimal("100.00")), "bankReference", equalTo(body.get("bankReference")));
        String id = created.path("id");
        api().when().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id), "receivedOn",
                equalTo(body.get("receivedOn")));

        JsonNode event = publishedEvent("ContributionReceived", "contributionId", id);
        assertThat(event.path("donorId").asText()).isEqualTo(donor);
        assertThat(event.path("amount").asText()).isEqualTo("100.00");
        assertThat(event.path("amountUsd").asText()).isEqualTo("108.42");
        assertThat(event.path("usdPerUnit").asText()).isEqualTo("1.08425");
        assertThat(event.path("pledgeId").isNull()).isTrue();
    }

    @Test
    void dollarValueAtReceiptIsRoundedHalfEvenToTheCent() {
        String donor = newDonor("Rounding donor");

        postContribution(contribution(donor, "100.00", "EUR", "1.084350", "2025")).then().statusCode(201)
                .body("amountUsd", equalTo(new BigDecimal("108.44")));
        postContribution(contribution(donor, "5000", "JPY", "0.0067005", "2025")).then().statusCode(201)
                .body("amount", equalTo(5000), "amountUsd", equalTo(new BigDecimal("33.50")));
        postContribution(contribution(donor, "1.125", "KWD", "3.26", "2025")).then().statusCode(201)
                .body("amount", equalTo(new BigDecimal("1.125")), "amountUsd", equalTo(new BigDecimal("3.67")));
    }

    @Test
    void payingAPledgeAtAnotherRateRecordsTheExchangeDifference() {
        String donor = newDonor("Norwegian fund");
        String pledge = recordPledge(donor, "1000000", "NOK", "0.1075", "2025");
        Map<String, Object> body = contribution(donor, "600000", "NOK", "0.0962", null);
        body.put("pledgeId", pledge);

        Response paid = postContribution(body);

        paid.then().statusCode(201).body("amountUsd", equalTo(new BigDecimal("57720.00")), "period", equalTo("2025"),
                "exchangeDifferenceUsd", equalTo(new BigDecimal("-6780.00")), "pledgeId", equalTo(pledge));
        String contributionId = paid.path("id");
        api().queryParam("pledgeId", pledge).when().get("/api/contributions/exchange-differences").then().statusCode(200)
                .body("total", equalTo(1), "items[0].contributionId", equalTo(contributionId),
                        "items[0].amountUsd", equalTo(new BigDecimal("-6780.00")),
                        "items[0].amountApplied", equalTo(new BigDecimal("600000.00")),
                        "items[0].pledgeUsdPerUnit", equalTo(new BigDecimal("0.1075")),
                        "items[0].receiptUsdPerUnit", equalTo(new BigDecimal("0.0962")),
                        "items[0].recordedOn", equalTo(body.get("receivedOn")));
        JsonNode difference = publishedEvent("ExchangeDifferenceRecorded", "contributionId", contributionId);
        assertThat(difference.path("amountUsd").asText()).isEqualTo("-6780.00");
        assertThat(difference.path("pledgeId").asText()).isEqualTo(pledge);
        assertThat(difference.path("reversedExchangeDifferenceId").isNull()).isTrue();
        publishedEvent("ContributionReceived", "contributionId", contributionId);
    }

    @Test
    void aDollarPledgeOrAnUnchangedRateRecordsNoExchangeDifference() {
        String donor = newDonor("Steady donor");
        String dollars = recordPledge(donor, "1000", "USD", null, "2025");
        String euros = recordPledge(donor, "1000", "EUR", "1.10", "2025");
        Map<String, Object> inDollars = contribution(donor, "1000", "USD", null, null);
        inDollars.put("pledgeId", dollars);
        Map<String, Object> inEuros = contribution(donor, "1000", "EUR", "1.1000", null);
        inEuros.put("pledgeId", euros);
        long before = counts.now().get("exchange_difference");

        postContribution(inDollars).then().statusCode(201).body("exchangeDifferenceUsd", nullValue());
        postContribution(inEuros).then().statusCode(201).body("exchangeDifferenceUsd", nullValue());

        assertThat(counts.now().get("exchange_difference")).isEqualTo(before);
    }

    @Test
    void reversingAPaymentReversesItsExchangeDifferenceAndReopensThePledge() {
        String donor = newDonor("Reversed donor");
        String pledge = recordPledge(donor, "1000000", "NOK", "0.1075", "2025");
        Map<String, Object> body = contribution(donor, "600000", "NOK", "0.0962", null);
        body.put("pledgeId", pledge);
        String original = receive(body);

        Response reversal = ContributionTestRequests.reverse(original, Map.of("reason", "Recorded twice",
                "reversedOn", daysAgo(5).toString()));

        reversal.then().statusCode(201).header("Location", containsString("/api/contributions/"))
                .body("amount", equalTo(new BigDecimal("-600000.00")), "amountUsd", equalTo(new BigDecimal("-57720.00")),
                        "exchangeDifferenceUsd", equalTo(new BigDecimal("6780.00")), "reversesContributionId", equalTo(original),
                        "reason", equalTo("Recorded twice"), "receivedOn", equalTo(daysAgo(5).toString()),
                        "period", equalTo("2025"), "pledgeId", equalTo(pledge), "remainingAmount", nullValue());
        String reversalId = reversal.path("id");
        api().when().get("/api/contributions/" + original).then().statusCode(200)
                .body("remainingAmount", equalTo(new BigDecimal("0.00")), "amount", equalTo(new BigDecimal("600000.00")));
        api().when().get("/api/pledges/" + pledge).then().statusCode(200)
                .body("status", equalTo("OPEN"), "outstandingAmount", equalTo(new BigDecimal("1000000.00")));
        List<BigDecimal> differences = api().queryParam("pledgeId", pledge).when().get("/api/contributions/exchange-differences")
                .then().statusCode(200).extract().path("items.amountUsd");
        assertThat(differences).containsExactly(new BigDecimal("-6780.00"), new BigDecimal("6780.00"));

        JsonNode reversed = publishedEvent("ContributionReversed", "contributionId", reversalId);
        assertThat(reversed.path("reversedContributionId").asText()).isEqualTo(original);
        assertThat(reversed.path("amount").asText()).isEqualTo("-600000.00");
        assertThat(reversed.path("amountUsd").asText()).isEqualTo("-57720.00");
        assertThat(reversed.path("reversedInFull").asBoolean()).isTrue();
        JsonNode reversedDifference = publishedEvent("ExchangeDifferenceRecorded", "contributionId", reversalId);
        assertThat(reversedDifference.path("amountUsd").asText()).isEqualTo("6780.00");
        assertThat(reversedDifference.path("amountApplied").asText()).isEqualTo("-600000.00");
        assertThat(reversedDifference.path("reversedExchangeDifferenceId").asText()).isNotBlank();
    }

    @Test
    void reversalsTakeBackPartsUpToWhatRemainsAndNeverTwice() {
        String donor = newDonor("Refunded donor");
        String original = receive(contribution(donor, "1000", "USD", null, "2026"));
        Map<String, Long> before = counts.now();

        ContributionTestRequests.reverse(original, Map.of("amount", new BigDecimal("1000.01"), "reason", "Too much"))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("amount"));
        ContributionTestRequests.reverse(original, Map.of("amount", BigDecimal.ZERO, "reason", "Nothing"))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("amount"));
        ContributionTestRequests.reverse(original, Map.of("amount", new BigDecimal("10.001"), "reason", "Fraction of a cent"))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("amount"));
        ContributionTestRequests.reverse(original, Map.of("reason", "Too early", "reversedOn", daysAgo(30).toString()))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("reversedOn"));
        ContributionTestRequests.reverse(original, Map.of("reason", "Too late", "reversedOn", daysAgo(-3).toString()))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("reversedOn"));
        ContributionTestRequests.reverse(original, Map.of("amount", new BigDecimal("100"))).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("reason"));
        assertThat(counts.since(before)).isEmpty();

        String part = ContributionTestRequests.reverse(original, Map.of("amount", new BigDecimal("400"), "reason", "Bank charges"))
                .then().statusCode(201).body("amount", equalTo(new BigDecimal("-400.00"))).extract().path("id");
        api().when().get("/api/contributions/" + original).then().body("remainingAmount", equalTo(new BigDecimal("600.00")));
        JsonNode partEvent = publishedEvent("ContributionReversed", "contributionId", part);
        assertThat(partEvent.path("reversedInFull").asBoolean()).isFalse();

        Map<String, Long> afterPart = counts.now();
        ContributionTestRequests.reverse(original, Map.of("amount", new BigDecimal("700"), "reason", "More than remains"))
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("600.00 USD"));
        ContributionTestRequests.reverse(part, Map.of("reason", "Undo the correction")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("itself a reversal"));
        assertThat(counts.since(afterPart)).isEmpty();

        ContributionTestRequests.reverse(original, Map.of("reason", "Returned in full")).then().statusCode(201)
                .body("amount", equalTo(new BigDecimal("-600.00")), "amountUsd", equalTo(new BigDecimal("-600.00")));
        Map<String, Long> reversed = counts.now();
        ContributionTestRequests.reverse(original, Map.of("reason", "Once more")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("already reversed"));
        ContributionTestRequests.reverse(UUID.randomUUID().toString(), Map.of("reason", "Nothing there"))
                .then().statusCode(404).contentType(PROBLEM);
        assertThat(counts.since(reversed)).isEmpty();
        List<BigDecimal> amounts = api().queryParam("donorId", donor).when().get("/api/contributions").then().statusCode(200)
                .extract().path("items.amountUsd");
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
    }

    @Test
    void reversalsCountAsNegativeEntriesOfTheirSummaryRow() {
        String donor = newDonor("Summarised donor");
        String received = receive(contribution(donor, "1000", "USD", null, "2029"));
        receive(contribution(donor, "500", "USD", null, "2029"));
        ContributionTestRequests.reverse(received, Map.of("amount", new BigDecimal("250"), "reason", "Bank charges"))
                .then().statusCode(201);

        JsonPath summary = api().queryParam("from", "2029").queryParam("to", "2029").when().get("/api/contributions/summary")
                .then().statusCode(200).extract().jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

        assertThat(summary.getList("rows")).hasSize(1);
        assertThat(summary.getString("rows[0].donor.id")).isEqualTo(donor);
        assertThat(summary.getObject("rows[0].contributionsUsd", BigDecimal.class)).isEqualTo(new BigDecimal("1250.00"));
        assertThat(summary.getInt("rows[0].count")).isEqualTo(3);
        assertThat(summary.getObject("total.contributionsUsd", BigDecimal.class)).isEqualTo(new BigDecimal("1250.00"));
    }

    @Test
    void concurrentReversalsNeverTakeBackMoreThanTheContribution() throws Exception {
        String donor = newDonor("Raced donor");
        String original = receive(contribution(donor, "900", "USD", null, "2026"));

        List<Integer> statuses = concurrently(4, () -> ContributionTestRequests.reverse(original, Map.of("reason", "Returned"))
                .then().extract().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        List<BigDecimal> amounts = api().queryParam("donorId", donor).when().get("/api/contributions").then().statusCode(200)
                .extract().path("items.amount");
        assertThat(amounts).containsExactly(new BigDecimal("900.00"), new BigDecimal("-900.00"));
    }

    @Test
    void concurrentPaymentsNeverPayAPledgeBeyondItsAmount() throws Exception {
        String donor = newDonor("Eager donor");
        String pledge = recordPledge(donor, "100", "USD", null, "2026");
        Map<String, Object> payment = contribution(donor, "60", "USD", null, null);
        payment.put("pledgeId", pledge);

        List<Integer> statuses = concurrently(4, () -> postContribution(payment).then().extract().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        api().when().get("/api/pledges/" + pledge).then().statusCode(200)
                .body("paidAmount", equalTo(new BigDecimal("60.00")), "status", equalTo("PARTLY_PAID"));
    }

    @Test
    void badContributionsAreRefusedAndWriteNothing() {
        String donor = newDonor("Mistaken donor");
        String otherDonor = newDonor("Other donor");
        String othersPledge = recordPledge(otherDonor, "100", "USD", null, "2026");
        String eurPledge = recordPledge(donor, "100", "EUR", "1.1", "2026");
        Map<String, Long> before = counts.now();

        refused(contribution(UUID.randomUUID().toString(), "100", "USD", null, "2026"), "donorId");
        refused(contribution(donor, "100", "XYZ", "1", "2026"), "currency");
        refused(contribution(donor, "100.001", "USD", null, "2026"), "amount");
        refused(contribution(donor, "100.5", "JPY", "0.0067", "2026"), "amount");
        refused(contribution(donor, "0", "USD", null, "2026"), "amount");
        refused(contribution(donor, "-100", "USD", null, "2026"), "amount");
        refused(contribution(donor, "100", "EUR", null, "2026"), "usdPerUnit");
        refused(contribution(donor, "100", "EUR", "-1.1", "2026"), "usdPerUnit");
        refused(contribution(donor, "100", "USD", null, null), "period");
        refused(contribution(donor, "100", "USD", null, "2026-2028"), "period");
        Map<String, Object> future = contribution(donor, "100", "USD", null, "2026");
        future.put("receivedOn", daysAgo(-2).toString());
        refused(future, "receivedOn");
        Map<String, Object> othersPledgePaid = contribution(donor, "100", "USD", null, null);
        othersPledgePaid.put("pledgeId", othersPledge);
        refused(othersPledgePaid, "pledgeId");
        Map<String, Object> unknownPledge = contribution(donor, "100", "USD", null, null);
        unknownPledge.put("pledgeId", UUID.randomUUID().toString());
        refused(unknownPledge, "pledgeId");
        Map<String, Object> wrongCurrency = contribution(donor, "100", "USD", null, null);
        wrongCurrency.put("pledgeId", eurPledge);
        refused(wrongCurrency, "currency");
        Map<String, Object> overpaid = contribution(donor, "100.01", "EUR", "1.1", null);
        overpaid.put("pledgeId", eurPledge);
        postContribution(overpaid).then().statusCode(409).contentType(PROBLEM).body("detail", containsString("100.00 EUR"));

        asFundManager().body("{\"donorId\": \"" + donor + "\", \"amount\": 1").when().post("/api/contributions")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request"));
        asFundManager().body("{\"donorId\": \"" + donor + "\", \"amount\": \"ten\", \"currency\": \"USD\"}").when()
                .post("/api/contributions").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("amount"));
        asFundManager().body("[1, 2]").when().post("/api/contributions").then().statusCode(400).contentType(PROBLEM);
        asFundManager().body("").when().post("/api/contributions").then().statusCode(400).contentType(PROBLEM);

        assertThat(counts.since(before)).isEmpty();
    }

    @Test
    void listIsFilteredPagedInDateOrderAndEmptyPastTheEnd() {
        String donor = newDonor("Listed contributor");
        String pledge = recordPledge(donor, "500", "EUR", "1.1", "2027");
        Map<String, Object> older = contribution(donor, "100", "USD", null, "2027");
        older.put("receivedOn", daysAgo(20).toString());
        String first = receive(older);
        Map<String, Object> paying = contribution(donor, "200", "EUR", "1.2", null);
        paying.put("pledgeId", pledge);
        String second = receive(paying);
        String third = receive(contribution(donor, "300", "USD", null, "2027-2028"));

        assertThat(ids(Map.of("donorId", donor))).containsExactly(first, second, third);
        assertThat(ids(Map.of("donorId", donor, "period", "2027"))).containsExactly(first, second);
        assertThat(ids(Map.of("donorId", donor, "currency", "EUR"))).containsExactly(second);
        assertThat(ids(Map.of("pledgeId", pledge))).containsExactly(second);
        assertThat(ids(Map.of("donorId", donor, "from", daysAgo(15).toString()))).containsExactly(second, third);
        assertThat(ids(Map.of("donorId", donor, "to", daysAgo(15).toString()))).containsExactly(first);
        api().queryParam("donorId", donor).queryParam("size", 2).when().get("/api/contributions")
                .then().statusCode(200).body("items.size()", equalTo(2), "total", equalTo(3));
        api().queryParam("donorId", donor).queryParam("page", 3).queryParam("size", 1).when().get("/api/contributions")
                .then().statusCode(200).body("items.size()", equalTo(0), "total", equalTo(3));
        api().queryParam("donorId", donor).queryParam("from", daysAgo(20).toString()).when()
                .get("/api/contributions/exchange-differences").then().statusCode(200).body("total", equalTo(1));
        for (Map.Entry<String, String> invalid : Map.of("period", "2027-2029", "currency", "EURO", "pledgeId", "x",
                "to", "yesterday", "size", "201").entrySet()) {
            api().queryParam(invalid.getKey(), invalid.getValue()).when().get("/api/contributions")
                    .then().statusCode(400).contentType(PROBLEM);
        }
        api().queryParam("from", "2025-02-30").when().get("/api/contributions/exchange-differences")
                .then().statusCode(400).contentType(PROBLEM);
        api().when().get("/api/contributions/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void replayedIdempotencyKeyReturnsTheFirstResponseAndWritesOnce() {
        String donor = newDonor("Retrying contributor");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = contribution(donor, "2500", "USD", null, "2026");
        Response first = asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/contributions");
        first.then().statusCode(201);
        Map<String, Long> afterFirst = counts.now();

        asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/contributions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")), "amountUsd", equalTo(new BigDecimal("2500.00")));
        body.put("amount", new BigDecimal("2600"));
        asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/contributions")
                .then().statusCode(422).contentType(PROBLEM);
        assertThat(counts.since(afterFirst)).isEmpty();

        String reversalKey = UUID.randomUUID().toString();
        Map<String, Object> reversal = Map.of("reason", "Returned");
        String reversalId = asFundManager().header("Idempotency-Key", reversalKey).body(reversal)
                .when().post("/api/contributions/" + first.path("id") + "/reversal").then().statusCode(201).extract().path("id");
        Map<String, Long> afterReversal = counts.now();
        asFundManager().header("Idempotency-Key", reversalKey).body(reversal)
                .when().post("/api/contributions/" + first.path("id") + "/reversal").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(reversalId));
        assertThat(counts.since(afterReversal)).isEmpty();
    }

    @Test
    void writingNeedsAFundManagerTokenAndReadingNone() {
        String donor = newDonor("Guarded contributor");
        String id = receive(contribution(donor, "10", "USD", null, "2026"));
        Map<String, Long> before = counts.now();

        api().contentType(ContentType.JSON).body(contribution(donor, "10", "USD", null, "2026")).when().post("/api/contributions")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        api().auth().oauth2(TestTokens.withoutRoles()).contentType(ContentType.JSON).body(contribution(donor, "10", "USD", null, "2026"))
                .when().post("/api/contributions").then().statusCode(403).contentType(PROBLEM);
        api().auth().oauth2(TestTokens.recommendationsEditor()).contentType(ContentType.JSON).body(Map.of("reason", "No"))
                .when().post("/api/contributions/" + id + "/reversal").then().statusCode(403).contentType(PROBLEM);
        api().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(Map.of("reason", "No"))
                .when().post("/api/contributions/" + id + "/reversal").then().statusCode(401).contentType(PROBLEM);

        assertThat(counts.since(before)).isEmpty();
        api().when().get("/api/contributions/" + id).then().statusCode(200);
        api().when().get("/api/contributions").then().statusCode(200);
        api().when().get("/api/contributions/exchange-differences").then().statusCode(200);
        api().when().get("/api/contributions/summary").then().statusCode(200);
    }

    @Test
    void anOversizedBodyIsRefusedWithAProblemAndWritesNothing() {
        String donor = newDonor("Verbose donor");
        Map<String, Object> body = contribution(donor, "10", "USD", null, "2026");
        body.put("bankReference", "x".repeat(300 * 1024));
        Map<String, Long> before = counts.now();

        postContribution(body).then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413), "title", equalTo("Request body too large"));

        assertThat(counts.since(before)).isEmpty();
    }

    /** Sends {@code requests} copies of a request at once; returns their statuses. */
    private static List<Integer> concurrently(int requests, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> sent = pool.invokeAll(Collections.nCopies(requests, request));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : sent) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void refused(Map<String, Object> body, String field) {
        postContribution(body).then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(field));
    }

    private static List<String> ids(Map<String, String> filters) {
        return api().queryParams(filters).queryParam("size", 200).when().get("/api/contributions")
                .then().statusCode(200).extract().path("items.id");
    }
}

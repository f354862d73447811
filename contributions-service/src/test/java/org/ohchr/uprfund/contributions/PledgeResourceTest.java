package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.cancel;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.daysAgo;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.etagOf;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.pledge;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.postPledge;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.publishedEvent;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.receive;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.recordPledge;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.reverse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.StrictIfMatch;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class PledgeResourceTest {

    @Inject
    TableRowCounts counts;

    @Test
    void recordedPledgeIsOpenAndPublishedWithItsDollarValue() {
        String donor = newDonor("Pledging foundation");
        Map<String, Object> body = pledge(donor, "1000000", "NOK", "0.1075", "2025");
        body.put("dueOn", daysAgo(0).plusDays(90).toString());

        Response created = postPledge(body);

        created.then().statusCode(201)
                .header("Location", containsString("/api/pledges/"))
                .header("ETag", equalTo("\"0\""))
                .body("amount", equalTo(new BigDecimal("1000000.00")), "currency", equalTo("NOK"),
                        "usdPerUnit", equalTo(new BigDecimal("0.1075")), "amountUsd", equalTo(new BigDecimal("107500.00")),
                        "period", equalTo("2025"), "status", equalTo("OPEN"),
                        "paidAmount", equalTo(new BigDecimal("0.00")), "outstandingAmount", equalTo(new BigDecimal("1000000.00")),
                        "outstandingUsd", equalTo(new BigDecimal("107500.00")), "cancellation", nullValue(), "version", equalTo(0));
        String id = created.path("id");
        api().when().get(created.header("Location")).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("id", equalTo(id));

        JsonNode event = publishedEvent("PledgeRecorded", "pledgeId", id);
        assertThat(event.path("donorId").asText()).isEqualTo(donor);
        assertThat(event.path("amount").asText()).isEqualTo("1000000.00");
        assertThat(event.path("usdPerUnit").asText()).isEqualTo("0.1075");
        assertThat(event.path("amountUsd").asText()).isEqualTo("107500.00");
        assertThat(event.path("period").asText()).isEqualTo("2025");
    }

    @Test
    void aDollarPledgeIsWorthItsAmountForABiennium() {
        String donor = newDonor("Dollar donor");

        postPledge(pledge(donor, "50000", "USD", null, "2025-2026")).then().statusCode(201)
                .body("usdPerUnit", equalTo(1), "amountUsd", equalTo(new BigDecimal("50000.00")),
                        "period", equalTo("2025-2026"));
        postPledge(pledge(donor, "50000", "USD", "1.10", "2025")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("usdPerUnit"));
    }

    @Test
    void pledgeOfAnUnknownDonorIsRefusedNamingTheFieldAndWritesNothing() {
        Map<String, Long> before = counts.now();

        postPledge(pledge(UUID.randomUUID().toString(), "1000", "EUR", "1.1", "2025")).then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400), "violations[0].field", equalTo("donorId"));

        assertThat(counts.since(before)).isEmpty();
    }

    @Test
    void badAmountsCurrenciesRatesAndDatesAreRefusedAndWriteNothing() {
        String donor = newDonor("Careless donor");
        Map<String, Long> before = counts.now();

        refused(pledge(donor, "1000", "XYZ", "1.1", "2025"), "currency");
        refused(pledge(donor, "1000", "usd", null, "2025"), "currency");
        refused(pledge(donor, "100.5", "JPY", "0.0067", "2025"), "amount");
        refused(pledge(donor, "10.555", "USD", null, "2025"), "amount");
        refused(pledge(donor, "0", "USD", null, "2025"), "amount");
        refused(pledge(donor, "-100", "USD", null, "2025"), "amount");
        refused(pledge(donor, "1000", "EUR", null, "2025"), "usdPerUnit");
        refused(pledge(donor, "1000", "EUR", "0", "2025"), "usdPerUnit");
        refused(pledge(donor, "1000", "USD", null, "2016-2018"), "period");
        refused(pledge(donor, "1000", "USD", null, "next year"), "period");
        Map<String, Object> future = pledge(donor, "1000", "USD", null, "2025");
        future.put("pledgedOn", daysAgo(-3).toString());
        refused(future, "pledgedOn");
        Map<String, Object> dueBefore = pledge(donor, "1000", "USD", null, "2025");
        dueBefore.put("dueOn", daysAgo(60).toString());
        refused(dueBefore, "dueOn");
        Map<String, Object> missing = new HashMap<>(Map.of("donorId", donor));
        postPledge(missing).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("amount"), "violations.field", hasItem("currency"),
                        "violations.field", hasItem("pledgedOn"), "violations.field", hasItem("period"));

        asFundManager().body("{\"donorId\": \"" + donor + "\", \"amount\": ").when().post("/api/pledges")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request"));
        asFundManager().body("{\"donorId\": \"" + donor + "\", \"amount\": \"a lot\", \"currency\": \"USD\"}").when().post("/api/pledges")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("amount"));
        asFundManager().body("{\"donorId\": 42, \"amount\": 10, \"currency\": \"USD\"}").when().post("/api/pledges")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("donorId"));
        asFundManager().body("{\"donorId\": \"" + donor + "\", \"amount\": 10, \"currency\": \"USD\", \"pledgedOn\": \"2025-02-30\","
                + " \"period\": \"2025\"}").when().post("/api/pledges")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("pledgedOn"));

        assertThat(counts.since(before)).isEmpty();
    }

    @Test
    void statusAndOutstandingFollowThePaymentsAndTheirReversals() {
        String donor = newDonor("Paying donor");
        String pledge = recordPledge(donor, "1000.00", "EUR", "1.10", "2026");

        Map<String, Object> first = contribution(donor, "400", "EUR", "1.10", null);
        first.put("pledgeId", pledge);
        receive(first);
        api().when().get("/api/pledges/" + pledge).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("PARTLY_PAID"), "paidAmount", equalTo(new BigDecimal("400.00")),
                        "outstandingAmount", equalTo(new BigDecimal("600.00")), "outstandingUsd", equalTo(new BigDecimal("660.00")));

        Map<String, Object> rest = contribution(donor, "600", "EUR", "1.10", null);
        rest.put("pledgeId", pledge);
        String restId = receive(rest);
        api().when().get("/api/pledges/" + pledge).then().statusCode(200)
                .body("status", equalTo("PAID"), "outstandingAmount", equalTo(new BigDecimal("0.00")), "version", equalTo(2));
        assertThat(listIds(Map.of("donorId", donor, "status", "PAID"))).containsExactly(pledge);

        reverse(restId, Map.of("reason", "Returned by the bank")).then().statusCode(201);
        api().when().get("/api/pledges/" + pledge).then().statusCode(200)
                .body("status", equalTo("PARTLY_PAID"), "outstandingAmount", equalTo(new BigDecimal("600.00")), "version", equalTo(3));
        assertThat(listIds(Map.of("donorId", donor, "status", "PAID"))).isEmpty();
        assertThat(listIds(Map.of("donorId", donor, "status", "PARTLY_PAID"))).containsExactly(pledge);
    }

    @Test
    void cancellationNeedsTheCurrentStrongETagAndIsPublished() {
        String donor = newDonor("Withdrawing donor");
        String pledge = recordPledge(donor, "25000", "USD", null, "2026");
        Map<String, Object> body = Map.of("reason", "CANCELLED", "note", "Letter of 3 March: the pledge is withdrawn");
        Map<String, Long> before = counts.now();

        cancel(pledge, null, body).then().statusCode(428).contentType(PROBLEM);
        cancel(pledge, "\"7\"", body).then().statusCode(412).contentType(PROBLEM);
        assertThat(counts.since(before)).isEmpty();

        Response cancelled = StrictIfMatch.onlyTheCurrentETagPasses(counts, etagOf(pledge), ifMatch -> cancel(pledge, ifMatch, body));

        cancelled.then().statusCode(201).header("ETag", equalTo("\"1\""))
                .header("Location", containsString("/api/pledges/" + pledge + "/cancellation"))
                .body("reason", equalTo("CANCELLED"), "outstandingAmount", equalTo(new BigDecimal("25000.00")),
                        "outstandingUsd", equalTo(new BigDecimal("25000.00")), "effectiveOn", equalTo(daysAgo(0).toString()));
        api().when().get("/api/pledges/" + pledge).then().statusCode(200)
                .body("status", equalTo("CANCELLED"), "outstandingAmount", equalTo(new BigDecimal("0.00")),
                        "cancellation.reason", equalTo("CANCELLED"), "amount", equalTo(new BigDecimal("25000.00")));
        api().when().get(cancelled.header("Location")).then().statusCode(200).body("pledgeId", equalTo(pledge));
        JsonNode event = publishedEvent("PledgeCancelled", "pledgeId", pledge);
        assertThat(event.path("reason").asText()).isEqualTo("CANCELLED");
        assertThat(event.path("outstandingUsd").asText()).isEqualTo("25000.00");
        assertThat(event.path("donorId").asText()).isEqualTo(donor);

        Map<String, Long> afterCancellation = counts.now();
        cancel(pledge, etagOf(pledge), Map.of("reason", "WRITTEN_OFF")).then().statusCode(409).contentType(PROBLEM);
        Map<String, Object> payment = contribution(donor, "100", "USD", null, null);
        payment.put("pledgeId", pledge);
        ContributionTestRequests.postContribution(payment).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("CANCELLED"));
        assertThat(counts.since(afterCancellation)).isEmpty();
    }

    @Test
    void writeOffOfAPartlyPaidPledgeRecordsWhatRemained() {
        String donor = newDonor("Partly paying donor");
        String pledge = recordPledge(donor, "1000000", "NOK", "0.1075", "2026");
        Map<String, Object> payment = contribution(donor, "600000", "NOK", "0.1075", null);
        payment.put("pledgeId", pledge);
        receive(payment);

        cancel(pledge, etagOf(pledge), Map.of("reason", "WRITTEN_OFF", "effectiveOn", daysAgo(1).toString()))
                .then().statusCode(201)
                .body("reason", equalTo("WRITTEN_OFF"), "outstandingAmount", equalTo(new BigDecimal("400000.00")),
                        "outstandingUsd", equalTo(new BigDecimal("43000.00")));
        api().when().get("/api/pledges/" + pledge).then().statusCode(200)
                .body("status", equalTo("WRITTEN_OFF"), "paidAmount", equalTo(new BigDecimal("600000.00")),
                        "outstandingUsd", equalTo(new BigDecimal("0.00")));
        assertThat(listIds(Map.of("donorId", donor, "status", "WRITTEN_OFF"))).containsExactly(pledge);
    }

    @Test
    void aPaymentOnAWrittenOffPledgeMayBeReversedAndTheReversedAmountCountsAsWrittenOff() {
        String donor = newDonor("Bounced payment");
        String pledge = recordPledge(donor, "1000", "USD", null, "2026");
        Map<String, Object> payment = contribution(donor, "600", "USD", null, null);
        payment.put("pledgeId", pledge);
        String paymentId = receive(payment);
        cancel(pledge, etagOf(pledge), Map.of("reason", "WRITTEN_OFF")).then().statusCode(201)
                .body("outstandingAmount", equalTo(new BigDecimal("400.00")));

        reverse(paymentId, Map.of("amount", new BigDecimal("100"), "reason", "Returned by the bank")).then().statusCode(201);

        api().when().get("/api/pledges/" + pledge).then().statusCode(200)
                .body("status", equalTo("WRITTEN_OFF"), "paidAmount", equalTo(new BigDecimal("500.00")),
                        "outstandingAmount", equalTo(new BigDecimal("0.00")), "cancelledAmount", equalTo(new BigDecimal("500.00")),
                        "cancellation.outstandingAmount", equalTo(new BigDecimal("400.00")));
        api().when().get("/api/donors/" + donor + "/summary").then().statusCode(200)
                .body("pledgedUsd", equalTo(new BigDecimal("1000.00")), "receivedUsd", equalTo(new BigDecimal("500.00")),
                        "outstandingUsd", equalTo(new BigDecimal("0.00")), "cancelledUsd", equalTo(new BigDecimal("500.00")));
    }

    @Test
    void aCancellationAndAReversalOfAPaymentTakeTurnsSoThePledgeAlwaysAddsUp() throws Exception {
        for (int round = 0; round < 5; round++) {
            String donor = newDonor("Racing decisions");
            String pledge = recordPledge(donor, "1000", "USD", null, "2026");
            Map<String, Object> payment = contribution(donor, "600", "USD", null, null);
            payment.put("pledgeId", pledge);
            String paymentId = receive(payment);
            String etag = etagOf(pledge);
            java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var cancellation = both.submit(() -> cancel(pledge, etag, Map.of("reason", "CANCELLED")).statusCode());
                var reversal = both.submit(() -> reverse(paymentId, Map.of("amount", new BigDecimal("200"), "reason", "Bounced"))
                        .statusCode());
                assertThat(reversal.get()).isEqualTo(201);
                assertThat(cancellation.get()).isIn(201, 412);
            } finally {
                both.shutdownNow();
            }
            Response read = api().when().get("/api/pledges/" + pledge);
            BigDecimal paid = read.path("paidAmount");
            BigDecimal outstanding = read.path("outstandingAmount");
            BigDecimal cancelled = read.path("cancelledAmount");
            assertThat(paid.add(outstanding).add(cancelled)).isEqualByComparingTo("1000");
            assertThat(paid).isEqualByComparingTo("400");
        }
    }

    @Test
    void aPledgePaidInFullOrDatedBeforeItsPledgeCannotBeCancelled() {
        String donor = newDonor("Reliable donor");
        String paid = recordPledge(donor, "500", "USD", null, "2026");
        Map<String, Object> payment = contribution(donor, "500", "USD", null, null);
        payment.put("pledgeId", paid);
        receive(payment);
        String open = recordPledge(donor, "500", "USD", null, "2026");
        Map<String, Long> before = counts.now();

        cancel(paid, etagOf(paid), Map.of("reason", "CANCELLED")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("paid in full"));
        cancel(open, etagOf(open), Map.of("reason", "CANCELLED", "effectiveOn", daysAgo(400).toString()))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("effectiveOn"));
        cancel(open, etagOf(open), Map.of("reason", "FORGOTTEN")).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("reason"));
        cancel(UUID.randomUUID().toString(), "\"0\"", Map.of("reason", "CANCELLED")).then().statusCode(404).contentType(PROBLEM);
        assertThat(counts.since(before)).isEmpty();
    }

    @Test
    void listIsFilteredPagedInDateOrderAndEmptyPastTheEnd() {
        String donor = newDonor("Listed donor");
        Map<String, Object> older = pledge(donor, "100", "USD", null, "2027");
        older.put("pledgedOn", daysAgo(50).toString());
        String first = postPledge(older).then().statusCode(201).extract().path("id");
        String second = recordPledge(donor, "200", "EUR", "1.1", "2027");
        String third = recordPledge(donor, "300", "USD", null, "2027-2028");

        assertThat(listIds(Map.of("donorId", donor))).containsExactly(first, second, third);
        assertThat(listIds(Map.of("donorId", donor, "period", "2027"))).containsExactly(first, second);
        assertThat(listIds(Map.of("donorId", donor, "currency", "EUR"))).containsExactly(second);
        assertThat(listIds(Map.of("donorId", donor, "status", "OPEN"))).containsExactly(first, second, third);
        assertThat(listIds(Map.of("donorId", donor, "from", daysAgo(40).toString()))).containsExactly(second, third);
        assertThat(listIds(Map.of("donorId", donor, "to", daysAgo(40).toString()))).containsExactly(first);
        api().queryParam("donorId", donor).queryParam("size", 2).queryParam("page", 1).when().get("/api/pledges")
                .then().statusCode(200).body("items.size()", equalTo(1), "total", equalTo(3), "page", equalTo(1));
        api().queryParam("donorId", donor).queryParam("page", 5).when().get("/api/pledges")
                .then().statusCode(200).body("items.size()", equalTo(0), "total", equalTo(3));

        for (Map.Entry<String, String> invalid : Map.of("period", "2016-2018", "status", "LOST", "currency", "XYZ",
                "donorId", "not-a-uuid", "from", "2025-13-01", "size", "0", "page", "-1").entrySet()) {
            api().queryParam(invalid.getKey(), invalid.getValue()).when().get("/api/pledges")
                    .then().statusCode(400).contentType(PROBLEM);
        }
    }

    @Test
    void replayedIdempotencyKeyReturnsTheFirstPledgeAndWritesOnce() {
        String donor = newDonor("Retrying donor");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = pledge(donor, "7500", "USD", null, "2026");
        Response first = asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/pledges");
        first.then().statusCode(201);
        Map<String, Long> afterFirst = counts.now();

        asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/pledges")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        asFundManager().header("Idempotency-Key", key).body(pledge(donor, "7600", "USD", null, "2026")).when().post("/api/pledges")
                .then().statusCode(422).contentType(PROBLEM);

        assertThat(counts.since(afterFirst)).isEmpty();
        assertThat(listIds(Map.of("donorId", donor))).hasSize(1);
    }

    @Test
    void writingNeedsAFundManagerTokenAndReadingNone() {
        String donor = newDonor("Guarded donor");
        String pledge = recordPledge(donor, "100", "USD", null, "2026");
        Map<String, Long> before = counts.now();

        api().contentType(ContentType.JSON).body(pledge(donor, "100", "USD", null, "2026")).when().post("/api/pledges")
                .then().statusCode(401).contentType(PROBLEM);
        api().auth().oauth2(TestTokens.withoutRoles()).contentType(ContentType.JSON).body(pledge(donor, "100", "USD", null, "2026"))
                .when().post("/api/pledges").then().statusCode(403).contentType(PROBLEM);
        api().auth().oauth2(TestTokens.fieldOffice("NGA")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "CANCELLED")).when().post("/api/pledges/" + pledge + "/cancellation")
                .then().statusCode(403).contentType(PROBLEM);
        api().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "CANCELLED"))
                .when().post("/api/pledges/" + pledge + "/cancellation").then().statusCode(401).contentType(PROBLEM);

        assertThat(counts.since(before)).isEmpty();
        api().when().get("/api/pledges/" + pledge).then().statusCode(200);
        api().when().get("/api/pledges/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        api().when().get("/api/pledges/" + pledge + "/cancellation").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void statusesAreLabelledInTheUnLanguageAskedFor() {
        api().header("Accept-Language", "fr-CH, en;q=0.5").when().get("/api/pledges/statuses").then().statusCode(200)
                .header("Content-Language", "fr")
                .body("language", equalTo("fr"), "items.code", equalTo(List.of("OPEN", "PARTLY_PAID", "PAID", "CANCELLED", "WRITTEN_OFF")),
                        "items.find { it.code == 'WRITTEN_OFF' }.label", equalTo("Passée en pertes"));
        List<String> english = api().when().get("/api/pledges/statuses").then().statusCode(200).header("Content-Language", "en")
                .extract().path("items.label");
        assertThat(english).containsExactly("Open: nothing paid yet", "Partly paid", "Paid", "Cancelled", "Written off");
        for (String language : List.of("ar", "zh", "ru", "es")) {
            List<String> labels = api().header("Accept-Language", language).when().get("/api/pledges/statuses").then().statusCode(200)
                    .body("language", equalTo(language)).extract().path("items.label");
            assertThat(labels).as(language).hasSize(5).doesNotHaveDuplicates().noneMatch(String::isBlank).doesNotContainAnyElementsOf(english);
        }
    }

    private static void refused(Map<String, Object> body, String field) {
        postPledge(body).then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(field));
    }

    static List<String> listIds(Map<String, String> filters) {
        return api().queryParams(filters).queryParam("size", 200).when().get("/api/pledges")
                .then().statusCode(200).extract().path("items.id");
    }
}

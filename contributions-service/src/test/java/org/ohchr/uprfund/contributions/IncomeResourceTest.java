package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.api;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.income;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.postIncome;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.publishedEvent;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.recordIncome;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.registerOrganisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.repository.IncomeRepository;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IncomeResourceTest {

    private static final LocalDate DATE = LocalDate.of(2020, 12, 31);

    @Inject
    IncomeRepository incomeEntries;

    @Inject
    OutboxEventRepository outbox;

    @Test
    void recordedIncomeIsReadBackAndPublishedAsIncomeRecorded() throws Exception {
        Response created = postIncome(income("INVESTMENT", DATE, "20763.34", "Interest on the cash pool, 2020"));
        String id = created.then().statusCode(201)
                .header("Location", endsWith("/api/income/" + created.path("id")))
                .body("kind", equalTo("INVESTMENT"), "accountingDate", equalTo("2020-12-31"),
                        "amountUsd", equalTo(new BigDecimal("20763.34")), "reconciliation", nullValue(),
                        "reversedIncomeId", nullValue(), "reversedByIncomeId", nullValue())
                .extract().path("id");

        api().when().get("/api/income/" + id).then().statusCode(200)
                .body("description", equalTo("Interest on the cash pool, 2020"), "amountUsd", equalTo(new BigDecimal("20763.34")));

        JsonNode event = publishedEvent(id, "IncomeRecorded");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("source").asText()).isEqualTo("/upr-fund/contributions-service");
        JsonNode data = event.path("data");
        assertThat(data.path("incomeId").asText()).isEqualTo(id);
        assertThat(data.path("amountUsd").asText()).isEqualTo("20763.34");
        assertThat(data.path("accountingDate").asText()).isEqualTo("2020-12-31");
        assertThat(data.path("reconciliation").isNull()).isTrue();
        assertThat(EventSchemas.violations("META-INF/resources/events/IncomeRecorded.json", data)).isEmpty();
    }

    @Test
    void eventSchemasAreServedWithTheApi() {
        for (String event : new String[] { "IncomeRecorded", "IncomeReversed", "BalanceCarriedForward" }) {
            api().when().get("/events/" + event + ".json").then().statusCode(200).body("title", equalTo(event));
        }
    }

    @Test
    void exchangeLossIsANegativeEntry() throws Exception {
        String id = recordIncome("EXCHANGE_GAIN_LOSS", DATE, "-1250.40", "Year-end revaluation of the euro account");
        api().when().get("/api/income/" + id).then().statusCode(200).body("amountUsd", equalTo(new BigDecimal("-1250.40")));
        JsonNode data = publishedEvent(id, "IncomeRecorded").path("data");
        assertThat(data.path("amountUsd").asText()).isEqualTo("-1250.40");
        assertThat(EventSchemas.violations("META-INF/resources/events/IncomeRecorded.json", data)).isEmpty();
    }

    @Test
    void priorYearPledgeReceiptNamesItsDonorAndPeriod() throws Exception {
        String donorId = registerOrganisation();
        Map<String, Object> body = income("PRIOR_YEAR_PLEDGE_RECEIPT", DATE, "466.12", "Pledges from 2019 received");
        body.put("donorId", donorId);
        body.put("pledgePeriod", "2018-2019");
        String id = postIncome(body).then().statusCode(201)
                .body("donorId", equalTo(donorId), "pledgePeriod", equalTo("2018-2019"))
                .extract().path("id");
        JsonNode data = publishedEvent(id, "IncomeRecorded").path("data");
        assertThat(data.path("donorId").asText()).isEqualTo(donorId);
        assertThat(data.path("pledgePeriod").asText()).isEqualTo("2018-2019");
        assertThat(EventSchemas.violations("META-INF/resources/events/IncomeRecorded.json", data)).isEmpty();
    }

    @Test
    void reconciliationEntryIsLabelledVisibleAndPublished() throws Exception {
        Map<String, Object> body = income("MISCELLANEOUS", DATE, "47790.13",
                "Contributions received in 2020 that Table 2 does not attribute to a donor");
        body.put("reconciliation", Map.of("line", "CONTRIBUTIONS_RECEIVED",
                "note", "Table 1 (2020): Table 1 shows 346,597.13 received in 2020; Table 2's 2020 rows sum to 298,807.00"));
        String id = postIncome(body).then().statusCode(201)
                .body("reconciliation.line", equalTo("CONTRIBUTIONS_RECEIVED"),
                        "reconciliation.note", containsString("346,597.13"))
                .extract().path("id");

        List<String> reconciling = api().queryParam("reconciliation", true).queryParam("size", 200)
                .when().get("/api/income").then().statusCode(200).extract().path("items.id");
        List<String> ordinary = api().queryParam("reconciliation", false).queryParam("size", 200)
                .when().get("/api/income").then().statusCode(200).extract().path("items.id");
        assertThat(reconciling).contains(id);
        assertThat(ordinary).doesNotContain(id);

        JsonNode data = publishedEvent(id, "IncomeRecorded").path("data");
        assertThat(data.path("reconciliation").path("note").asText()).contains("298,807.00");
        assertThat(EventSchemas.violations("META-INF/resources/events/IncomeRecorded.json", data)).isEmpty();
    }

    @Test
    void zeroAmountIsRefusedAndWritesNothing() {
        refused(income("MISCELLANEOUS", DATE, "0.00", "Nothing"), "amountUsd");
    }

    @Test
    void negativeAmountOfAKindThatIsNotALossIsRefused() {
        refused(income("INVESTMENT", DATE, "-10.00", "Negative interest"), "amountUsd");
        refused(income("PRIOR_YEAR_PLEDGE_RECEIPT", DATE, "-10.00", "Negative receipt"), "amountUsd");
    }

    @Test
    void moreThanTwoDecimalsIsRefused() {
        refused(income("INVESTMENT", DATE, "10.005", "Three decimals"), "amountUsd");
    }

    @Test
    void futureAccountingDateIsRefused() {
        refused(income("INVESTMENT", LocalDate.now().plusDays(2), "10.00", "Interest not yet earned"), "accountingDate");
    }

    @Test
    void missingFieldsAreEachNamed() {
        long entriesBefore = incomeEntries.count();
        long eventsBefore = outbox.count();
        asFundManager().body(Map.of("donorId", UUID.randomUUID().toString()))
                .when().post("/api/income")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("kind"), "violations.field", hasItem("accountingDate"),
                        "violations.field", hasItem("amountUsd"), "violations.field", hasItem("description"));
        asFundManager().when().post("/api/income").then().statusCode(400).contentType(PROBLEM);
        assertThat(incomeEntries.count()).isEqualTo(entriesBefore);
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }

    @Test
    void descriptionLongerThan500CharactersIsRefused() {
        refused(income("INVESTMENT", DATE, "10.00", "x".repeat(501)), "description");
    }

    @Test
    void donorOrPeriodOnAnotherKindIsRefused() {
        Map<String, Object> withDonor = income("MISCELLANEOUS", DATE, "10.00", "With a donor");
        withDonor.put("donorId", registerOrganisation());
        refused(withDonor, "donorId");
        Map<String, Object> withPeriod = income("INVESTMENT", DATE, "10.00", "With a period");
        withPeriod.put("pledgePeriod", "2019");
        refused(withPeriod, "pledgePeriod");
    }

    @Test
    void unknownDonorIsRefused() {
        Map<String, Object> body = income("PRIOR_YEAR_PLEDGE_RECEIPT", DATE, "10.00", "From nobody");
        body.put("donorId", UUID.randomUUID().toString());
        refused(body, "donorId");
    }

    @Test
    void pledgePeriodMustBeAPriorPeriod() {
        Map<String, Object> sameYear = income("PRIOR_YEAR_PLEDGE_RECEIPT", DATE, "10.00", "This year's pledge");
        sameYear.put("pledgePeriod", "2020");
        refused(sameYear, "pledgePeriod");
        Map<String, Object> notABiennium = income("PRIOR_YEAR_PLEDGE_RECEIPT", DATE, "10.00", "Three years");
        notABiennium.put("pledgePeriod", "2017-2019");
        refused(notABiennium, "pledgePeriod");
        Map<String, Object> notAPeriod = income("PRIOR_YEAR_PLEDGE_RECEIPT", DATE, "10.00", "Not a period");
        notAPeriod.put("pledgePeriod", "last year");
        refused(notAPeriod, "pledgePeriod");
    }

    @Test
    void reconciliationNeedsItsLineAndNote() {
        Map<String, Object> body = income("MISCELLANEOUS", DATE, "10.00", "Unexplained");
        body.put("reconciliation", Map.of("line", "CONTRIBUTIONS_RECEIVED", "note", " "));
        refused(body, "reconciliation.note");
        body.put("reconciliation", Map.of("note", "Table 1"));
        refused(body, "reconciliation.line");
    }

    @Test
    void reconciliationOnALineOutsideTheIncomeSectionIsRefusedAndNothingIsWritten() {
        for (String line : List.of("STAFF", "TOTAL_INCOME", "CLOSING_BALANCE", "Voluntary contributions received in 2020")) {
            Map<String, Object> body = income("MISCELLANEOUS", DATE, "10.00", "Placed elsewhere");
            body.put("reconciliation", Map.of("line", line, "note", "Table 1 (2020)"));
            refused(body, "reconciliation.line");
        }
        Map<String, Object> freeText = income("MISCELLANEOUS", DATE, "10.00", "Placed by its text");
        freeText.put("reconciliation", Map.of("reportLine", "Voluntary contributions received in 2020", "note", "Table 1 (2020)"));
        refused(freeText, "reconciliation.line");
    }

    @Test
    void wrongTypesAndMalformedJsonAreClientErrors() {
        Map<String, Object> flag = income("MISCELLANEOUS", DATE, "10.00", "Flag instead of object");
        flag.put("reconciliation", true);
        malformed(flag);
        Map<String, Object> text = income("MISCELLANEOUS", DATE, "10.00", "Text amount");
        text.put("amountUsd", "ten dollars");
        malformed(text);
        malformed(income("DONATION", DATE, "10.00", "Unknown kind"));
        Map<String, Object> date = income("MISCELLANEOUS", DATE, "10.00", "Bad date");
        date.put("accountingDate", "31/12/2020");
        malformed(date);
        long entriesBefore = incomeEntries.count();
        asFundManager().body("{\"kind\": \"INVESTMENT\", \"amountUsd\": ").when().post("/api/income")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request"));
        assertThat(incomeEntries.count()).isEqualTo(entriesBefore);
    }

    @Test
    void oversizedBodyIsRefused() {
        expectNothingWritten(() -> postIncome(income("MISCELLANEOUS", DATE, "10.00", "y".repeat(300 * 1024)))
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413)));
    }

    @Test
    void recordingNeedsAFundManagerToken() {
        long entriesBefore = incomeEntries.count();
        long eventsBefore = outbox.count();
        Map<String, Object> body = income("INVESTMENT", DATE, "10.00", "Interest");
        api().contentType(ContentType.JSON).body(body).when().post("/api/income")
                .then().statusCode(401).contentType(PROBLEM);
        api().auth().oauth2(TestTokens.withoutRoles()).contentType(ContentType.JSON).body(body).when().post("/api/income")
                .then().statusCode(403).contentType(PROBLEM);
        api().auth().oauth2(TestTokens.fieldOffice("NGA")).contentType(ContentType.JSON).body(body).when().post("/api/income")
                .then().statusCode(403).contentType(PROBLEM);
        assertThat(incomeEntries.count()).isEqualTo(entriesBefore);
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }

    @Test
    void replayedIdempotencyKeyReturnsFirstResponseAndWritesOnce() {
        String key = "income-" + UUID.randomUUID();
        Map<String, Object> body = income("INVESTMENT", DATE, "99.99", "Interest, replayed");
        Response first = asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/income");
        first.then().statusCode(201);
        long entriesAfterFirst = incomeEntries.count();
        long eventsAfterFirst = outbox.count();

        asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/income")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")), "recordedAt", equalTo(first.path("recordedAt")));
        assertThat(incomeEntries.count()).isEqualTo(entriesAfterFirst);
        assertThat(outbox.count()).isEqualTo(eventsAfterFirst);

        body.put("amountUsd", new BigDecimal("100.00"));
        asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/income")
                .then().statusCode(422).contentType(PROBLEM);
        assertThat(incomeEntries.count()).isEqualTo(entriesAfterFirst);
    }

    @Test
    void listIsFilteredByKindAndDatesAndPaged() {
        LocalDate day = LocalDate.of(2019, 3, 14);
        String investment = recordIncome("INVESTMENT", day, "1.00", "Filter: investment");
        String miscellaneous = recordIncome("MISCELLANEOUS", day, "2.00", "Filter: miscellaneous");
        String nextDay = recordIncome("INVESTMENT", day.plusDays(1), "3.00", "Filter: next day");

        List<String> onTheDay = api().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("size", 200)
                .when().get("/api/income").then().statusCode(200).extract().path("items.id");
        assertThat(onTheDay).contains(investment, miscellaneous).doesNotContain(nextDay);
        List<String> investments = api().queryParam("kind", "INVESTMENT").queryParam("from", day.toString())
                .queryParam("to", day.plusDays(1).toString()).queryParam("size", 200)
                .when().get("/api/income").then().statusCode(200).extract().path("items.id");
        assertThat(investments).contains(investment, nextDay).doesNotContain(miscellaneous);
        List<String> dates = api().queryParam("size", 200).when().get("/api/income").then().statusCode(200)
                .extract().path("items.accountingDate");
        assertThat(dates).isSorted();

        api().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/income").then().statusCode(200)
                .body("items.size()", equalTo(1), "page", equalTo(1), "size", equalTo(1));
        api().queryParam("page", 100000).when().get("/api/income").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void badFiltersAreClientErrors() {
        api().queryParam("from", "2020-13-01").when().get("/api/income")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("from"));
        api().queryParam("from", "2020-02-01").queryParam("to", "2020-01-01").when().get("/api/income")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("to"));
        api().queryParam("kind", "DONATION").when().get("/api/income")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("kind"));
        api().queryParam("reconciliation", "maybe").when().get("/api/income")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("reconciliation"));
        api().queryParam("size", 201).when().get("/api/income").then().statusCode(400).contentType(PROBLEM);
        api().queryParam("size", 0).when().get("/api/income").then().statusCode(400).contentType(PROBLEM);
        api().queryParam("page", -1).when().get("/api/income").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownEntryIsNotFound() {
        api().when().get("/api/income/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        api().when().get("/api/income/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    /** Posts {@code body} and checks it is refused naming {@code field}, with no entry and no event written. */
    private void refused(Map<String, Object> body, String field) {
        expectNothingWritten(() -> postIncome(body).then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400), "violations.field", hasItem(field)));
    }

    private void malformed(Map<String, Object> body) {
        expectNothingWritten(() -> postIncome(body).then().statusCode(400).contentType(PROBLEM));
    }

    private void expectNothingWritten(Runnable request) {
        long entriesBefore = incomeEntries.count();
        long eventsBefore = outbox.count();
        request.run();
        assertThat(incomeEntries.count()).isEqualTo(entriesBefore);
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }
}

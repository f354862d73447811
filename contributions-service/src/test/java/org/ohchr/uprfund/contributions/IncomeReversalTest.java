package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.api;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.income;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.postIncome;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.publishedEvent;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.recordIncome;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.reverse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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
class IncomeReversalTest {

    private static final LocalDate DATE = LocalDate.of(2020, 6, 30);

    @Inject
    IncomeRepository incomeEntries;

    @Inject
    OutboxEventRepository outbox;

    @Test
    void wholeReversalIsANegativeEntryReferencingTheOriginalAndIsPublished() throws Exception {
        String original = recordIncome("INVESTMENT", DATE, "20763.34", "Interest, recorded twice");

        Response reversal = reverse(original, reversal("2020-07-01", null, "Recorded twice: the bank statement shows one receipt"));
        String id = reversal.then().statusCode(201)
                .header("Location", endsWith("/api/income/" + reversal.path("id")))
                .body("kind", equalTo("INVESTMENT"), "amountUsd", equalTo(new BigDecimal("-20763.34")),
                        "reversedIncomeId", equalTo(original), "description", containsString("bank statement"))
                .extract().path("id");

        api().when().get("/api/income/" + original).then().statusCode(200)
                .body("reversedByIncomeId", equalTo(id), "amountUsd", equalTo(new BigDecimal("20763.34")));
        api().queryParam("from", "2020-06-30").queryParam("to", "2020-07-01").queryParam("size", 200)
                .when().get("/api/income").then().statusCode(200)
                .body("items.find { it.id == '%s' }.reversedByIncomeId".formatted(original), equalTo(id));

        JsonNode event = publishedEvent(original, "IncomeReversed");
        JsonNode data = event.path("data");
        assertThat(event.path("subject").asText()).isEqualTo(original);
        assertThat(data.path("incomeId").asText()).isEqualTo(id);
        assertThat(data.path("reversedIncomeId").asText()).isEqualTo(original);
        assertThat(data.path("amountUsd").asText()).isEqualTo("-20763.34");
        assertThat(EventSchemas.violations("META-INF/resources/events/IncomeReversed.json", data)).isEmpty();
    }

    @Test
    void partialReversalOfALossIsPositiveAndKeepsTheReconciliationLabel() throws Exception {
        Map<String, Object> loss = income("EXCHANGE_GAIN_LOSS", DATE, "-1250.40", "Revaluation, reconciling");
        loss.put("reconciliation", Map.of("line", "EXCHANGE_GAIN_LOSS", "note", "Table 1: Exchange gains/(losses), test reconciliation"));
        String original = postIncome(loss).then().statusCode(201).extract().path("id");

        String id = reverse(original, reversal(DATE.toString(), "250.40", "Part of the loss was a bank error"))
                .then().statusCode(201)
                .body("amountUsd", equalTo(new BigDecimal("250.40")), "kind", equalTo("EXCHANGE_GAIN_LOSS"),
                        "reconciliation.line", equalTo("EXCHANGE_GAIN_LOSS"))
                .extract().path("id");

        JsonNode data = publishedEvent(original, "IncomeReversed").path("data");
        assertThat(data.path("incomeId").asText()).isEqualTo(id);
        assertThat(data.path("amountUsd").asText()).isEqualTo("250.40");
        assertThat(EventSchemas.violations("META-INF/resources/events/IncomeReversed.json", data)).isEmpty();
    }

    @Test
    void secondReversalIsAConflictAndWritesNothing() {
        String original = recordIncome("MISCELLANEOUS", DATE, "100.00", "Refund of a deposit");
        String first = reverse(original, reversal(DATE.toString(), "40.00", "Partly wrong")).then().statusCode(201)
                .extract().path("id");

        expectNothingWritten(() -> reverse(original, reversal(DATE.toString(), "10.00", "Again"))
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(first)));
    }

    @Test
    void reversalIsNeverLargerThanItsOriginal() {
        String original = recordIncome("MISCELLANEOUS", DATE, "100.00", "Sale of old equipment");
        expectNothingWritten(() -> reverse(original, reversal(DATE.toString(), "100.01", "Too much"))
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("amountUsd")));
        String loss = recordIncome("EXCHANGE_GAIN_LOSS", DATE, "-5.00", "Small loss");
        expectNothingWritten(() -> reverse(loss, reversal(DATE.toString(), "5.01", "Too much"))
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("amountUsd")));
    }

    @Test
    void reversalAmountMustBePositiveWithTwoDecimals() {
        String original = recordIncome("MISCELLANEOUS", DATE, "100.00", "Bank charges refunded");
        for (String amount : new String[] { "0", "-10.00", "10.001" }) {
            expectNothingWritten(() -> reverse(original, reversal(DATE.toString(), amount, "Wrong amount"))
                    .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("amountUsd")));
        }
    }

    @Test
    void reversalIsNotDatedBeforeItsOriginalNorInTheFuture() {
        String original = recordIncome("MISCELLANEOUS", DATE, "100.00", "Insurance refund");
        expectNothingWritten(() -> reverse(original, reversal(DATE.minusDays(1).toString(), null, "Backdated"))
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("accountingDate")));
        expectNothingWritten(() -> reverse(original, reversal(LocalDate.now().plusDays(2).toString(), null, "Not yet"))
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("accountingDate")));
        expectNothingWritten(() -> reverse(original, Map.of("accountingDate", DATE.toString()))
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("reason")));
    }

    @Test
    void aReversalIsNeverReversed() {
        String original = recordIncome("MISCELLANEOUS", DATE, "100.00", "Honorarium returned");
        String reversalId = reverse(original, reversal(DATE.toString(), null, "Wrong fund")).then().statusCode(201)
                .extract().path("id");
        expectNothingWritten(() -> reverse(reversalId, reversal(DATE.toString(), null, "Undo"))
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("itself a reversal")));
    }

    @Test
    void unknownEntryCannotBeReversed() {
        expectNothingWritten(() -> reverse(UUID.randomUUID().toString(), reversal(DATE.toString(), null, "Nothing to reverse"))
                .then().statusCode(404).contentType(PROBLEM));
    }

    @Test
    void replayedReversalReturnsTheFirstResponseInsteadOfAConflict() {
        String original = recordIncome("INVESTMENT", DATE, "12.34", "Interest");
        String key = "reversal-" + UUID.randomUUID();
        Map<String, Object> body = reversal(DATE.toString(), null, "Interest belonged to another fund");
        Response first = asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/income/" + original + "/reversal");
        first.then().statusCode(201);

        expectNothingWritten(() -> asFundManager().header("Idempotency-Key", key).body(body)
                .when().post("/api/income/" + original + "/reversal")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id"))));

        // A key belongs to its path: the same key on another entry's reversal is another request, and it runs.
        String other = recordIncome("INVESTMENT", DATE, "12.34", "Interest");
        asFundManager().header("Idempotency-Key", key).body(body).when().post("/api/income/" + other + "/reversal")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("reversedIncomeId", equalTo(other), "id", not(equalTo(first.path("id"))));
    }

    @Test
    void reversingNeedsAFundManagerToken() {
        String original = recordIncome("INVESTMENT", DATE, "1.00", "Interest");
        Map<String, Object> body = reversal(DATE.toString(), null, "Unauthorised");
        expectNothingWritten(() -> {
            api().contentType(ContentType.JSON).body(body).when().post("/api/income/" + original + "/reversal")
                    .then().statusCode(401).contentType(PROBLEM);
            api().auth().oauth2(TestTokens.withoutRoles()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/income/" + original + "/reversal")
                    .then().statusCode(403).contentType(PROBLEM);
        });
    }

    private static Map<String, Object> reversal(String date, String amountUsd, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountingDate", date);
        if (amountUsd != null) {
            body.put("amountUsd", new BigDecimal(amountUsd));
        }
        body.put("reason", reason);
        return body;
    }

    private void expectNothingWritten(Runnable request) {
        long entriesBefore = incomeEntries.count();
        long eventsBefore = outbox.count();
        request.run();
        assertThat(incomeEntries.count()).isEqualTo(entriesBefore);
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }
}

package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.api;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.balance;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.income;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.postBalance;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.postIncome;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.recordIncome;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.registerOrganisation;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.reverse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The position rolled forward from a balance, on entries (income and contributions received) dated in 1996-1997. The
 * class runs on a database of its own (its test profile restarts the application with fresh test resources): its
 * balances close the periods before them, and every expected figure is the sum of the rows recorded here. The books are
 * recorded in date order, as they must be: an entry dated before a balance carried forward is refused once it exists.
 */
@QuarkusTest
@TestProfile(BalancePositionTest.OwnBooks.class)
class BalancePositionTest {

    /** No setting of its own: a profile of its own is what gives the class a fresh database. */
    public static class OwnBooks implements QuarkusTestProfile {
    }

    private static boolean booksRecorded;

    /** Once for the class, but after the application has started (a static {@code @BeforeAll} runs before it listens). */
    @BeforeEach
    void recordTheBooksOf1996And1997() {
        if (booksRecorded) {
            return;
        }
        booksRecorded = true;
        String donorId = registerOrganisation();
        recordIncome("INVESTMENT", LocalDate.of(1996, 12, 31), "500.00", "Before the first balance");
        receive(donorId, "1996-06-01", "1996", "400.00");
        postBalance(balance(LocalDate.of(1997, 1, 1), "1000.00", "Audited financial statements 1996")).then().statusCode(201);
        recordIncome("INVESTMENT", LocalDate.of(1997, 1, 1), "10.25", "On the balance date: counted");
        receive(donorId, "1997-02-01", "1997", "250.00");
        String miscellaneous = recordIncome("MISCELLANEOUS", LocalDate.of(1997, 3, 31), "100.00", "Sale of furniture");
        reverse(miscellaneous, Map.of("accountingDate", "1997-04-01", "amountUsd", new BigDecimal("30.00"), "reason", "Overstated"))
                .then().statusCode(201);
        recordIncome("EXCHANGE_GAIN_LOSS", LocalDate.of(1997, 5, 5), "-20.50", "Revaluation loss");
        Map<String, Object> pledge = income("PRIOR_YEAR_PLEDGE_RECEIPT", LocalDate.of(1997, 6, 30), "40.00", "A 1996 pledge paid");
        pledge.put("pledgePeriod", "1996");
        postIncome(pledge).then().statusCode(201);
        Map<String, Object> reconciling = income("MISCELLANEOUS", LocalDate.of(1997, 6, 15), "5.05", "To agree with the report");
        reconciling.put("reconciliation", Map.of("line", "MISCELLANEOUS_AND_INVESTMENT_INCOME", "note", "Table 1 (1997), total income: report 1,104.80; books 1,099.75"));
        postIncome(reconciling).then().statusCode(201);
        postBalance(balance(LocalDate.of(1997, 7, 1), "2000.00", "Mid-year audit 1997")).then().statusCode(201);
        recordIncome("INVESTMENT", LocalDate.of(1997, 7, 1), "999.00", "After the first window, inside the second");
        receive(donorId, "1997-08-01", "1997", "75.50");
    }

    @Test
    void positionAddsTheIncomeFromTheBalanceDateToAsOfByKind() {
        JsonPath position = position("1997-06-30");

        assertThat(position.getString("asOf")).isEqualTo("1997-06-30");
        assertThat(position.getString("balanceCarriedForward.balanceDate")).isEqualTo("1997-01-01");
        assertThat(position.getString("counted.from")).isEqualTo("1997-01-01");
        assertThat(position.getString("counted.to")).isEqualTo("1997-06-30");
        assertThat(position.getString("counted.rule")).contains("not counted again");
        assertThat(kind(position, "INVESTMENT")).isEqualTo(List.of(new BigDecimal("10.25"), 1));
        assertThat(kind(position, "MISCELLANEOUS")).isEqualTo(List.of(new BigDecimal("75.05"), 3));
        assertThat(kind(position, "EXCHANGE_GAIN_LOSS")).isEqualTo(List.of(new BigDecimal("-20.50"), 1));
        assertThat(kind(position, "PRIOR_YEAR_PLEDGE_RECEIPT")).isEqualTo(List.of(new BigDecimal("40.00"), 1));
        assertThat(position.getObject("otherIncomeUsd", BigDecimal.class)).isEqualTo(new BigDecimal("104.80"));
        assertThat(position.getObject("ofWhichReconciliation.amountUsd", BigDecimal.class)).isEqualTo(new BigDecimal("5.05"));
        assertThat(position.getInt("ofWhichReconciliation.entries")).isEqualTo(1);
        assertThat(position.getObject("contributionsReceived.amountUsd", BigDecimal.class)).isEqualTo(new BigDecimal("250.00"));
        assertThat(position.getInt("contributionsReceived.entries")).isEqualTo(1);
        assertThat(position.getObject("balanceBeforeExpenditureUsd", BigDecimal.class)).isEqualTo(new BigDecimal("1354.80"));
        assertThat(position.getInt("notCountedBeforeWindow.incomeEntries")).isEqualTo(1);
        assertThat(position.getInt("notCountedBeforeWindow.contributions")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void otherIncomeEqualsTheSumOfTheListedEntriesOfTheWindow() {
        List<BigDecimal> listed = api().queryParam("from", "1997-01-01").queryParam("to", "1997-06-30").queryParam("size", 200)
                .when().get("/api/income").then().statusCode(200).extract().path("items.amountUsd");
        BigDecimal sum = listed.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(position("1997-06-30").getObject("otherIncomeUsd", BigDecimal.class)).isEqualByComparingTo(sum);
    }

    @Test
    void aLaterBalanceRestartsTheWindowAndEarlierEntriesAreNotCountedTwice() {
        JsonPath position = position("1997-12-31");

        assertThat(position.getString("balanceCarriedForward.balanceDate")).isEqualTo("1997-07-01");
        assertThat(position.getString("counted.from")).isEqualTo("1997-07-01");
        assertThat(kind(position, "INVESTMENT")).isEqualTo(List.of(new BigDecimal("999.00"), 1));
        assertThat(kind(position, "MISCELLANEOUS")).isEqualTo(List.of(new BigDecimal("0.00"), 0));
        assertThat(position.getObject("otherIncomeUsd", BigDecimal.class)).isEqualTo(new BigDecimal("999.00"));
        assertThat(position.getObject("contributionsReceived.amountUsd", BigDecimal.class)).isEqualTo(new BigDecimal("75.50"));
        assertThat(position.getObject("balanceBeforeExpenditureUsd", BigDecimal.class)).isEqualTo(new BigDecimal("3074.50"));
        assertThat(position.getInt("notCountedBeforeWindow.incomeEntries")).isEqualTo(7);
    }

    @Test
    void withoutABalanceEveryEntryUpToAsOfIsCountedFromZero() {
        JsonPath position = position("1996-12-31");

        assertThat(position.getString("balanceCarriedForward")).isNull();
        assertThat(position.getString("counted.from")).isNull();
        assertThat(position.getString("counted.rule")).contains("No balance carried forward");
        assertThat(kind(position, "INVESTMENT")).isEqualTo(List.of(new BigDecimal("500.00"), 1));
        assertThat(position.getObject("otherIncomeUsd", BigDecimal.class)).isEqualTo(new BigDecimal("500.00"));
        assertThat(position.getObject("contributionsReceived.amountUsd", BigDecimal.class)).isEqualTo(new BigDecimal("400.00"));
        assertThat(position.getObject("balanceBeforeExpenditureUsd", BigDecimal.class)).isEqualTo(new BigDecimal("900.00"));
    }

    @Test
    void asOfDefaultsToTodayAndMustBeADate() {
        api().when().get("/api/balances/position").then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()), "counted.to", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
        api().queryParam("asOf", "1997-02-30").when().get("/api/balances/position")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("asOf"));
        api().queryParam("asOf", "1995-01-01").when().get("/api/balances/position")
                .then().statusCode(200).body("balanceCarriedForward", nullValue(), "otherIncomeUsd", equalTo(new BigDecimal("0.00")));
    }

    private static void receive(String donorId, String receivedOn, String period, String amountUsd) {
        asFundManager().body(Map.of("donorId", donorId, "receivedOn", receivedOn, "amount", new BigDecimal(amountUsd), "currency", "USD",
                "period", period, "bankReference", "Position test " + receivedOn))
                .when().post("/api/contributions").then().statusCode(201);
    }

    private static JsonPath position(String asOf) {
        return api().queryParam("asOf", asOf).when().get("/api/balances/position").then().statusCode(200).extract().jsonPath();
    }

    /** [amountUsd, entries] of one kind's line. */
    private static List<Object> kind(JsonPath position, String kind) {
        Map<String, Object> line = position.getMap("incomeByKind.find { it.kind == '%s' }".formatted(kind));
        return List.of(new BigDecimal(line.get("amountUsd").toString()), line.get("entries"));
    }
}

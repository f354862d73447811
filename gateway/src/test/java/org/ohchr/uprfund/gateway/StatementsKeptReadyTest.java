package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.domain.IncomeEntry;
import org.ohchr.uprfund.gateway.repository.IncomeEntryRepository;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The statements are kept ready in memory: reading them computes nothing, and a change of the read model, applied by
 * this instance or another, reaches them with the years it touches computed again and no other. The years 1994 and 1995
 * are ones no other test reads a statement of; what this test adds to them sums to zero.
 */
@QuarkusTest
class StatementsKeptReadyTest {

    private static final int EARLIER = 1994;
    private static final int LATER = 1995;
    private static final Duration REACHED_WITHIN = Duration.ofSeconds(10);

    @Inject
    IncomeEntryRepository income;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Test
    void aChangeReachesTheStatementsWithTheYearsItTouchesComputedAgainAndReadsComputeNothing() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/fund/statements").statusCode() == 200);
        settled();

        // Another instance applied income dated in 1994 and sent its notice.
        double before = computed();
        recordIncome(LocalDate.of(EARLIER, 6, 30), "250.00");
        notifyOtherInstances();
        await().atMost(REACHED_WITHIN).until(() -> line(EARLIER, "TOTAL_INCOME").compareTo(new BigDecimal("250.00")) == 0);
        assertEquals(yearsFrom(EARLIER), computed() - before, "the statements of 1994 and every later year, computed again");

        // Income dated in 1995, whose notice never arrived: the periodic check finds it, as the status does. 1994 stays.
        settled();
        before = computed();
        recordIncome(LocalDate.of(LATER, 3, 1), "-250.00");
        QuarkusTransaction.requiringNew().run(() -> income.getEntityManager().createNativeQuery("""
                INSERT INTO source_freshness AS f (topic, events_applied, duplicates_ignored) VALUES ('fund.contributions.v1', 1, 0)
                ON CONFLICT (topic) DO UPDATE SET events_applied = f.events_applied + 1""").executeUpdate());
        await().atMost(REACHED_WITHIN).until(() -> line(LATER, "TOTAL_INCOME").compareTo(new BigDecimal("-250.00")) == 0);
        assertEquals(0, line(LATER, "OPENING_BALANCE").compareTo(new BigDecimal("250.00")), "1995 opens with what 1994 left");
        assertEquals(yearsFrom(LATER), computed() - before, "the statements of 1995 and every later year computed again, not 1994's");
        assertTrue(yearsFrom(EARLIER) > yearsFrom(LATER));

        before = computed();
        for (int i = 0; i < 20; i++) {
            given().get("/api/fund/statements").then().statusCode(200);
            given().get("/api/fund/statements/" + LATER).then().statusCode(200);
            given().get("/api/fund/statements/" + LATER + "/lines/MISCELLANEOUS_AND_INVESTMENT_INCOME/entries").then().statusCode(200);
        }
        given().get("/api/fund/statements/1996").then().statusCode(404);
        assertEquals(0, computed() - before, "reads compute no statement");
    }

    private void recordIncome(LocalDate on, String amountUsd) {
        QuarkusTransaction.requiringNew().run(() -> {
            IncomeEntry entry = new IncomeEntry();
            entry.incomeId = UUID.randomUUID();
            entry.kind = "MISCELLANEOUS";
            entry.accountingDate = on;
            entry.amountUsd = new BigDecimal(amountUsd);
            entry.description = "Applied by another gateway instance";
            entry.recordedAt = Instant.now();
            income.persist(entry);
        });
    }

    private void notifyOtherInstances() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('fund_read_model_changed', ?)")) {
            notify.setString(1, UUID.randomUUID() + " MONEY");
            notify.execute();
        }
    }

    /** Until no statement has been computed for a while: what the gateway's start, or another test, changed is taken in. */
    private void settled() {
        double[] last = { -1 };
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1500)).until(() -> {
            double now = computed();
            boolean still = now == last[0];
            last[0] = now;
            return still;
        });
    }

    private double computed() {
        return metrics.counter("fund_statements_computed").count();
    }

    private static long yearsFrom(int year) {
        List<Integer> years = given().get("/api/fund/statements").then().statusCode(200).extract().jsonPath().getList("years.year", Integer.class);
        return years.stream().filter(y -> y >= year).count();
    }

    private static BigDecimal line(int year, String code) {
        JsonPath statement = given().get("/api/fund/statements/" + year).then().extract().jsonPath();
        if (statement.getString("lines") == null) {
            return BigDecimal.valueOf(Long.MIN_VALUE);
        }
        return new BigDecimal(statement.getString("lines.find { it.code == '" + code + "' }.amountUsd"));
    }
}

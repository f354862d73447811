package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Table 2 from the events of the report's data: 44 rows summing to 6,665,917; the report's stated total (6,924,591) and
 * the donors its paragraph 45 names, recorded as stated figures, shown beside the computed ones with what differs.
 */
@QuarkusTest
@TestProfile(ReportDataProfile.class)
class ContributionsTableTest {

    private static final String REPORT = "Annual report 2020 (contributions to 31 December 2020)";

    @BeforeEach
    void reportData() {
        Report2020.publishOnce();
    }

    @Test
    void tableHasTable2sRowsAndTotalsSummedFromThem() {
        JsonPath table = table("period,donor");
        List<Map<String, Object>> rows = table.getList("rows");
        assertEquals(44, rows.size());
        for (List<String> row : Report2020.csv("contributions_2008_2020.csv")) {
            Map<String, Object> found = rows.stream()
                    .filter(r -> r.get("period").equals(row.get(0)) && ((Map<?, ?>) r.get("donor")).get("iso3").equals(row.get(2)))
                    .findFirst().orElseThrow(() -> new AssertionError("no row " + row));
            assertEquals(new BigDecimal(row.get(3)).setScale(2), money(found.get("amountUsd")), row.toString());
            assertEquals(row.get(1), ((Map<?, ?>) found.get("donor")).get("name"));
        }
        assertEquals(new BigDecimal("6665917.00"), table.getObject("total.amountUsd", BigDecimal.class));
        assertEquals(44, table.getInt("total.entries"));
        assertEquals("2008-2009", table.getString("rows[0].period"));
        assertEquals("2020", table.getString("rows[43].period"));
        assertEquals(new BigDecimal("298807.00"), table.getObject("periods.find { it.period == '2020' }.amountUsd", BigDecimal.class));
        assertEquals(8, table.getInt("periods.size()"));
        assertEquals(new BigDecimal("6665917.00"), table.<Object>getList("periods.amountUsd").stream().map(ContributionsTableTest::money)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(19, table.getInt("donors.size()"));
        assertEquals(new BigDecimal("2283484.00"), table.getObject("donors.find { it.donor.iso3 == 'NOR' }.amountUsd", BigDecimal.class));
    }

    @Test
    void groupingByDonorOrPeriodAloneKeepsTheTotal() {
        JsonPath byDonor = table("donor");
        assertEquals(19, byDonor.getInt("rows.size()"));
        assertNull(byDonor.get("rows[0].period"));
        assertEquals("Australia", byDonor.getString("rows[0].donor.name"));
        assertEquals(new BigDecimal("6665917.00"), byDonor.getObject("total.amountUsd", BigDecimal.class));
        JsonPath byPeriod = table("period");
        assertEquals(8, byPeriod.getInt("rows.size()"));
        assertEquals(new BigDecimal("6665917.00"), byPeriod.getObject("total.amountUsd", BigDecimal.class));
        JsonPath donorFirst = table("donor,period");
        assertEquals("Australia", donorFirst.getString("rows[0].donor.name"));
        assertEquals(44, donorFirst.getInt("rows.size()"));
    }

    @Test
    void statedTotalAndNamedDonorsAreComparedWithTheTable() {
        List<String> paragraph45 = Report2020.csv("contributions_2008_2020.csv").stream().map(row -> row.get(1)).distinct()
                .filter(name -> !name.equals("United Arab Emirates")).toList();
        assertEquals(18, paragraph45.size());
        String donors = String.join("\",\"", paragraph45);
        given().auth().oauth2(TestTokens.fundManager()).contentType("application/json")
                .body("{\"report\":\"" + REPORT + "\",\"figure\":\"contributions.total\",\"valueUsd\":6924591,\"note\":\"Table 2, total\"}")
                .post("/api/fund/stated-figures").then().statusCode(201)
                .header("Location", startsWith("https://fund.test.example/api/fund/stated-figures/"));
        given().auth().oauth2(TestTokens.fundManager()).contentType("application/json")
                .body("{\"report\":\"" + REPORT + "\",\"figure\":\"contributions.donors\",\"donors\":[\"" + donors + "\"],\"note\":\"para 45\"}")
                .post("/api/fund/stated-figures").then().statusCode(201);

        JsonPath table = table("period,donor");
        Map<String, Object> total = table.getMap("statedFigures.find { it.figure == 'contributions.total' }");
        assertEquals(new BigDecimal("6924591.00"), money(total.get("statedUsd")));
        assertEquals(new BigDecimal("6665917.00"), money(total.get("computedUsd")));
        assertEquals(new BigDecimal("258674.00"), money(total.get("differenceUsd")));
        Map<String, Object> difference = table.getMap("findings.find { it.kind == 'STATED_FIGURE_DIFFERS' }");
        assertEquals("contributions.total", difference.get("figure"));
        assertEquals(REPORT, difference.get("report"));
        assertEquals(new BigDecimal("258674.00"), money(difference.get("differenceUsd")));
        Map<String, Object> omitted = table.getMap("findings.find { it.kind == 'DONORS_NOT_NAMED_BY_REPORT' }");
        assertEquals(List.of("United Arab Emirates"), omitted.get("names"));
        assertNull(table.get("findings.find { it.kind == 'DONORS_NAMED_WITHOUT_ENTRIES' }"));
        // The same finding whatever the grouping: the total is the same table's.
        assertEquals(new BigDecimal("258674.00"), table("donor").getObject(
                "findings.find { it.kind == 'STATED_FIGURE_DIFFERS' }.differenceUsd", BigDecimal.class));
    }

    @Test
    void statedFigureIsRecordedOnceAndRefusedWhenItDoesNotFit() {
        String report = "Report " + UUID.randomUUID();
        int before = statedCount();
        String body = "{\"report\":\"" + report + "\",\"figure\":\"statement.2019.TOTAL_INCOME\",\"valueUsd\":1000.5}";
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.fundManager()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post("/api/fund/stated-figures").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.fundManager()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post("/api/fund/stated-figures").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(TestTokens.fundManager()).contentType("application/json").body(body).post("/api/fund/stated-figures")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/already-exists"));
        assertEquals(before + 1, statedCount());

        List<String> refused = List.of(
                "{\"report\":\"R\",\"figure\":\"contributions.grandTotal\",\"valueUsd\":1}",
                "{\"report\":\"R\",\"figure\":\"statement.2020.NOT_A_LINE\",\"valueUsd\":1}",
                "{\"report\":\"R\",\"figure\":\"statement.20.CLOSING_BALANCE\",\"valueUsd\":1}",
                "{\"report\":\"R\",\"figure\":\"contributions.total\"}",
                "{\"report\":\"R\",\"figure\":\"contributions.total\",\"valueUsd\":1.005}",
                "{\"report\":\"R\",\"figure\":\"contributions.total\",\"valueUsd\":1e400}",
                "{\"report\":\"R\",\"figure\":\"contributions.total\",\"valueUsd\":1,\"donors\":[\"Norway\"]}",
                "{\"report\":\"R\",\"figure\":\"contributions.donors\",\"donors\":[]}",
                "{\"report\":\"R\",\"figure\":\"contributions.donors\",\"donors\":[\"Norway\",\"norway\"]}",
                "{\"report\":\"R\",\"figure\":\"contributions.donors\",\"donors\":[\"Norway\"],\"valueUsd\":1}",
                "{\"report\":\"\",\"figure\":\"contributions.total\",\"valueUsd\":1}",
                "{\"report\":\"R\\u0000\",\"figure\":\"contributions.total\",\"valueUsd\":1}",
                "{\"report\":\"R\",\"figure\":\"contributions.total\",\"valueUsd\":1,\"colour\":\"red\"}",
                "{\"report\":\"" + "r".repeat(301) + "\",\"figure\":\"contributions.total\",\"valueUsd\":1}",
                "not json");
        for (String refusedBody : refused) {
            given().auth().oauth2(TestTokens.fundManager()).contentType("application/json").body(refusedBody)
                    .post("/api/fund/stated-figures").then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType("application/json").body(body).post("/api/fund/stated-figures").then().statusCode(401);
        given().auth().oauth2(TestTokens.fieldOffice("KEN")).contentType("application/json").body(body)
                .post("/api/fund/stated-figures").then().statusCode(403);
        assertEquals(before + 1, statedCount());
        given().get("/api/fund/stated-figures/" + first).then().statusCode(200).body("figure", equalTo("statement.2019.TOTAL_INCOME"))
                .body("valueUsd", equalTo(1000.5f));
        given().get("/api/fund/stated-figures/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void unknownGroupingIsRefused() {
        for (String groupBy : List.of("donor,donor", "country", "period,,donor", "period;donor", "period,donor,period")) {
            given().queryParam("groupBy", groupBy).get("/api/fund/contributions").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("groupBy"));
        }
        assertTrue(table("PERIOD, Donor").getList("groupBy").equals(List.of("period", "donor")));
    }

    private static int statedCount() {
        return given().get("/api/fund/stated-figures?size=1").then().statusCode(200).extract().path("total");
    }

    private static JsonPath table(String groupBy) {
        return FundStatusClient.exact(given().queryParam("groupBy", groupBy).get("/api/fund/contributions")
                .then().statusCode(200).extract().jsonPath());
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }
}

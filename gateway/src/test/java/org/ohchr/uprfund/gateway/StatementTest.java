package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The statement of 2020 built from the events of the report's data (as the loader records them) reproduces Table 1
 * (deploy/demo-data/statement_2020.csv) to the cent, as JSON and as CSV; each line reaches the entries behind it.
 */
@QuarkusTest
@TestProfile(ReportDataProfile.class)
class StatementTest {

    /** Lines of Table 1 with no line of their own in the statement: each shown as a dash (zero) in the report. */
    private static final List<String> DASHES_WITHOUT_A_LINE = List.of("Pledge of Singapore");
    /** Table 1's wording where the statement's label is more general (it holds for any year). */
    private static final Map<String, String> CODES = Map.of(
            "Pledges from 2019 received", "PRIOR_YEAR_PLEDGES_RECEIVED",
            "Contributions receivable outstanding (2017-2019 prior periods)", "RECEIVABLES_PRIOR_PERIODS");
    /** The statement's code of each other line of Table 1 that states an amount, as the demonstration loader maps them. */
    private static final Map<String, String> LOADER_CODES = Map.ofEntries(
            Map.entry("Voluntary contributions received in 2020", "CONTRIBUTIONS_RECEIVED"),
            Map.entry("Miscellaneous and investment income", "MISCELLANEOUS_AND_INVESTMENT_INCOME"),
            Map.entry("Total income", "TOTAL_INCOME"),
            Map.entry("Staff costs", "STAFF"),
            Map.entry("Other personnel costs (consultants and travel)", "OTHER_PERSONNEL"),
            Map.entry("Travel of staff and consultants", "STAFF_TRAVEL"),
            Map.entry("Travel of representatives and participants to meetings and seminars", "PARTICIPANT_TRAVEL"),
            Map.entry("Contractual services", "CONTRACTUAL_SERVICES"),
            Map.entry("General operating and other direct costs", "GENERAL_OPERATING"),
            Map.entry("Grants (<50,000 USD) and fellowships", "GRANTS"),
            Map.entry("Programme support (indirect) costs", "PROGRAMME_SUPPORT"),
            Map.entry("Total expenditure", "TOTAL_EXPENDITURE"),
            Map.entry("Net excess (shortfall) of income over expenditure for the period", "NET_RESULT"),
            Map.entry("Fund balance at 1 January 2020", "OPENING_BALANCE"),
            Map.entry("Total fund balance at 31 December 2020", "CLOSING_BALANCE"));
    private static final String RECEIVABLES = "Contributions receivable outstanding (2017-2019 prior periods)";
    private static final String CLOSING = "Total fund balance at 31 December 2020";

    @BeforeEach
    void reportData() {
        Report2020.publishOnce();
    }

    @Test
    void statementFor2020MatchesTheReportToTheCent() {
        JsonPath statement = statement2020("application/json");
        Map<String, Map<String, Object>> byLabel = new HashMap<>();
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        for (Map<String, Object> line : statement.<Map<String, Object>>getList("lines")) {
            byLabel.put((String) line.get("label"), line);
            byCode.put((String) line.get("code"), line);
        }
        int compared = 0;
        for (List<String> row : Report2020.csv("statement_2020.csv")) {
            String label = row.get(1);
            if (DASHES_WITHOUT_A_LINE.contains(label)) {
                assertEquals(0, new BigDecimal(row.get(2)).signum(), label);
                continue;
            }
            Map<String, Object> line = CODES.containsKey(label) ? byCode.get(CODES.get(label)) : byLabel.get(label);
            assertNotNull(line, "no statement line for '" + label + "'");
            BigDecimal expected = expected(row);
            if (label.equals(RECEIVABLES) || label.equals("Contributions receivable 2020")) {
                // The data holds no pledge: the receivables are not computed, and say so rather than show 0.00.
                assertNull(line.get("amountUsd"), label);
                assertTrue(line.get("notComputed").toString().startsWith("No pledge made by 31 December 2020 is recorded"), label);
            } else {
                assertEquals(expected, amount(line), label);
            }
            compared++;
        }
        assertEquals(21, compared);
        assertEquals(new BigDecimal("2208495.68"), amount(byCode.get("CLOSING_BALANCE")));
        assertEquals(Boolean.TRUE, byCode.get("RECEIVABLES_PRIOR_PERIODS").get("memo"));
        assertEquals(Boolean.FALSE, byCode.get("CLOSING_BALANCE").get("memo"));
    }

    @Test
    void reconciliationEntrySitsOnTheLineItsCodeNames() {
        JsonPath statement = statement2020("application/json");
        String contributionsLink = statement.getString("lines.find { it.code == 'CONTRIBUTIONS_RECEIVED' }.entriesLink");
        assertTrue(contributionsLink.endsWith("/api/fund/statements/2020/lines/CONTRIBUTIONS_RECEIVED/entries"), contributionsLink);
        assertTrue(contributionsLink.startsWith("https://fund.test.example/"), contributionsLink);

        JsonPath entries = FundStatusClient.exact(given().get(path(contributionsLink) + "?size=200").then().statusCode(200)
                .extract().jsonPath());
        List<Map<String, Object>> items = entries.getList("items");
        assertEquals(7, items.size(), "Table 2's six rows of 2020 and the reconciliation entry");
        BigDecimal sum = items.stream().map(item -> new BigDecimal(item.get("amountUsd").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("346597.13"), sum);
        Map<String, Object> reconciliation = items.stream().filter(item -> item.get("reconciliationLine") != null).findFirst()
                .orElseThrow();
        assertEquals(Report2020.RECONCILIATION_LINE, reconciliation.get("reconciliationLine"));
        assertEquals("INCOME", reconciliation.get("source"));
        assertEquals(new BigDecimal("47790.13"), new BigDecimal(reconciliation.get("amountUsd").toString()));
        assertTrue(reconciliation.get("link").toString().endsWith("/api/income/" + reconciliation.get("id")));

        String miscellaneous = statement.getString("lines.find { it.code == 'MISCELLANEOUS_AND_INVESTMENT_INCOME' }.entriesLink");
        JsonPath misc = FundStatusClient.exact(given().get(path(miscellaneous)).then().statusCode(200).extract().jsonPath());
        assertEquals(1, misc.getInt("total"));
        assertEquals(new BigDecimal("20763.34"), misc.getObject("items[0].amountUsd", BigDecimal.class));
    }

    @Test
    void statementAsCsvHasTheSameLinesAndAmounts() {
        JsonPath json = statement2020("application/json");
        String csv = given().accept("text/csv").get("/api/fund/statements/2020")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("section,code,line,amount_usd,memo,entries,stated_usd,difference_usd,note", lines.get(0));
        List<Map<String, Object>> jsonLines = json.getList("lines");
        assertEquals(jsonLines.size(), lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = Report2020.fields(lines.get(i));
            Map<String, Object> line = jsonLines.get(i - 1);
            assertEquals(line.get("code"), fields.get(1));
            assertEquals(line.get("label"), fields.get(2));
            if (line.get("amountUsd") == null) {
                assertEquals("", fields.get(3), fields.get(1));
                assertEquals("not computed: " + line.get("notComputed"), fields.get(8), fields.get(1));
            } else {
                assertEquals(new BigDecimal(line.get("amountUsd").toString()), new BigDecimal(fields.get(3)), fields.get(1));
            }
        }
        assertTrue(csv.contains("\nbalance,CLOSING_BALANCE,Total fund balance at 31 December 2020,2208495.68,false,,"), csv);
        assertTrue(csv.contains("\"Grants (<50,000 USD) and fellowships\",-13218.62,false,1,"), csv);
    }

    @Test
    void figuresTheReportStatesAreShownBesideTheComputedOnesWithTheDifference() {
        String report = "Annual report 2020, Table 1";
        recordStated(report, "statement.2020.RECEIVABLES_PRIOR_PERIODS", statementAmount(RECEIVABLES));
        recordStated(report, "statement.2020.CLOSING_BALANCE", statementAmount(CLOSING));

        JsonPath statement = statement2020("application/json");
        Map<String, Object> receivables = statement.getMap("statedFigures.find { it.figure == 'statement.2020.RECEIVABLES_PRIOR_PERIODS' }");
        assertEquals(new BigDecimal("-105000.00"), new BigDecimal(receivables.get("statedUsd").toString()));
        assertNull(receivables.get("computedUsd"), "not computed, rather than 0.00");
        assertNull(receivables.get("differenceUsd"));
        assertTrue(receivables.get("notComputed").toString().startsWith("No pledge made by 31 December 2020 is recorded"));
        Map<String, Object> notComputed = statement.getMap("findings.find { it.figure == 'statement.2020.RECEIVABLES_PRIOR_PERIODS' }");
        assertEquals("STATED_FIGURE_NOT_COMPUTED", notComputed.get("kind"));
        Map<String, Object> closing = statement.getMap("findings.find { it.figure == 'statement.2020.CLOSING_BALANCE' }");
        assertEquals("STATED_FIGURE_DIFFERS", closing.get("kind"));
        assertEquals(new BigDecimal("-0.68"), new BigDecimal(closing.get("differenceUsd").toString()), "the report rounds it down");

        String csv = given().accept("text/csv").get("/api/fund/statements/2020").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",2208495.68,false,,2208495.00,-0.68,"), csv);
    }

    /**
     * Every amount Table 1 states (17: a blank or a dash states none), recorded through the API as the demonstration
     * loader records them, is in the 2020 statement beside the computed one: 15 equal to the cent, the closing balance
     * as printed (rounded), and the receivables, which the data cannot compute, said so rather than 0.00.
     */
    @Test
    void everyAmountTable1StatesIsInTheCsvBesideTheComputedOne() {
        String report = "Annual report of the UPR Voluntary Fund on its operations to 31 December 2020";
        Map<String, String> stated = new HashMap<>();
        for (List<String> row : Report2020.csv("statement_2020.csv")) {
            String label = row.get(1);
            if (row.get(2).isBlank() || new BigDecimal(row.get(2)).signum() == 0) {
                continue;
            }
            String code = CODES.getOrDefault(label, LOADER_CODES.get(label));
            assertNotNull(code, label);
            stated.put(code, row.get(2));
            recordStatedOnce(report, "statement.2020." + code, row.get(2));
        }
        assertEquals(17, stated.size());

        String csv = given().accept("text/csv").get("/api/fund/statements/2020").then().statusCode(200).extract().asString();
        int withStated = 0;
        for (String text : csv.lines().skip(1).toList()) {
            List<String> fields = Report2020.fields(text);
            String code = fields.get(1);
            if (!stated.containsKey(code)) {
                continue;
            }
            withStated++;
            assertEquals(new BigDecimal(stated.get(code)).setScale(2), new BigDecimal(fields.get(6)), code + " stated");
            if (code.equals("RECEIVABLES_PRIOR_PERIODS")) {
                assertEquals("", fields.get(3), "computed: none");
                assertEquals("", fields.get(7), "no difference without a computed figure");
                assertTrue(fields.get(8).startsWith("not computed: No pledge made by 31 December 2020"), fields.get(8));
            } else if (code.equals("CLOSING_BALANCE")) {
                assertEquals(new BigDecimal("-0.68"), new BigDecimal(fields.get(7)), "the report prints it rounded");
            } else {
                assertEquals(new BigDecimal(fields.get(6)), new BigDecimal(fields.get(3)), code + " computed");
                assertEquals(0, new BigDecimal(fields.get(7)).signum(), code + " difference");
            }
        }
        assertEquals(17, withStated);
    }

    @Test
    void labelsFollowTheLanguageAsked() {
        given().header("Accept-Language", "fr-CH, en;q=0.5").get("/api/fund/statements/2020")
                .then().statusCode(200).header("Content-Language", "fr").body("language", equalTo("fr"))
                .body("lines.find { it.code == 'STAFF' }.label", equalTo("Dépenses de personnel"))
                .body("lines.find { it.code == 'CONTRIBUTIONS_RECEIVED' }.label", equalTo("Contributions volontaires reçues en 2020"));
        given().header("Accept-Language", "zh-Hans-CN").get("/api/fund/statements/2020")
                .then().statusCode(200).body("lines.find { it.code == 'CLOSING_BALANCE' }.label", equalTo("2020年12月31日基金结余共计"));
        given().header("Accept-Language", "x-klingon;q=1, ar;q=0.4").get("/api/fund/statements/2020")
                .then().statusCode(200).body("language", equalTo("ar"));
    }

    @Test
    void yearsListTheBalanceTrendAndStatusAtTheEndOf2020AgreesWithTheStatement() {
        JsonPath years = FundStatusClient.exact(given().get("/api/fund/statements").then().statusCode(200)
                .body("years.year", hasItem(2020)).extract().jsonPath());
        assertEquals(new BigDecimal("2208495.68"), years.getObject("years.find { it.year == 2020 }.closingBalanceUsd", BigDecimal.class));
        assertEquals(new BigDecimal("2352992.80"), years.getObject("years.find { it.year == 2020 }.openingBalanceUsd", BigDecimal.class));
        JsonPath status = FundStatusClient.exact(given().get("/api/fund/status?asOf=2020-12-31").then().statusCode(200)
                .extract().jsonPath());
        assertEquals(new BigDecimal("2208495.68"), status.getObject("closingBalanceUsd", BigDecimal.class));
        assertEquals(new BigDecimal("367826.59"), status.getObject("income.totalUsd", BigDecimal.class));
        assertEquals(new BigDecimal("512323.71"), status.getObject("expenditure.totalUsd", BigDecimal.class));
        assertEquals(new BigDecimal("47790.13"), status.getObject("income.ofWhichReconciliation.amountUsd", BigDecimal.class));
        assertEquals(28, status.getInt("projects.byCountry.size()"));
    }

    @Test
    void yearThatIsNotOneOrHasNoDataIsRefused() {
        for (String year : List.of("20x0", "1850", "12345", "-2020", "2020.5")) {
            given().get("/api/fund/statements/" + year).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("year"));
        }
        given().get("/api/fund/statements/2031").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/not-found"));
        given().get("/api/fund/statements/2020/lines/TOTAL_INCOME/entries").then().statusCode(400)
                .body("violations[0].field", equalTo("line"));
        given().get("/api/fund/statements/2020/lines/staff/entries").then().statusCode(400);
        given().get("/api/fund/statements/2020/lines/STAFF/entries?size=0").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().get("/api/fund/statements/2020/lines/STAFF/entries?page=7").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(1));
        given().accept("application/xml").get("/api/fund/statements/2020").then().statusCode(406);
    }

    private static JsonPath statement2020(String accept) {
        return FundStatusClient.exact(given().accept(accept).get("/api/fund/statements/2020").then().statusCode(200)
                .extract().jsonPath());
    }

    /** The amount of a Table 1 line as the report prints it. */
    private static String statementAmount(String line) {
        return Report2020.dollars(Report2020.statement("balance", line));
    }

    /** Records a stated figure as the demonstration loader does: a second time answers 409, and is what is there. */
    private static void recordStatedOnce(String report, String figure, String value) {
        int status = given().auth().oauth2(TestTokens.fundManager()).contentType("application/json")
                .body("{\"report\":\"" + report + "\",\"figure\":\"" + figure + "\",\"valueUsd\":" + value + "}")
                .post("/api/fund/stated-figures").then().extract().statusCode();
        assertTrue(status == 201 || status == 409, figure + ": " + status);
    }

    private static void recordStated(String report, String figure, String value) {
        given().auth().oauth2(TestTokens.fundManager()).contentType("application/json")
                .body("{\"report\":\"" + report + "\",\"figure\":\"" + figure + "\",\"valueUsd\":" + value + "}")
                .post("/api/fund/stated-figures").then().statusCode(201);
    }

    /** The expected amount of a line: as printed, or, for the rounded closing balance, as the report's note computes it. */
    private static BigDecimal expected(List<String> row) {
        if (row.get(1).equals(CLOSING)) {
            return new BigDecimal("2208495.68");
        }
        return new BigDecimal(row.get(2).isBlank() ? "0" : row.get(2)).setScale(2);
    }

    private static BigDecimal amount(Map<String, Object> line) {
        return new BigDecimal(line.get("amountUsd").toString()).setScale(2);
    }

    /** The path and query of a link the gateway wrote with its public URL. */
    private static String path(String link) {
        return URI.create(link).getRawPath();
    }
}

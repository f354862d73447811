package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The IATI files of the report's 2020 data (as the loader records it): valid against IATI's schemas; the organisation
 * file's 2020 expenditure and the sum of the activity file's 2020 expenditure transactions, the fund's own activity
 * included, are each the statement's total expenditure (computed from the entries by the statement) and Table 1's;
 * Table 1's lines in parentheses are negative transactions.
 */
@QuarkusTest
@TestProfile(ReportDataProfile.class)
class IatiReportTest {

    private static final String FUND_ACTIVITY = "/iati-activities/iati-activity[iati-identifier='XM-DAC-41313-UPRVF']";
    private static final String ORGANISATION = "/iati-organisations/iati-organisation";

    @BeforeEach
    void reportData() {
        Report2020.publishOnce();
    }

    @Test
    void organisationFileSpendsIn2020WhatTheStatementAndTable1Spend() {
        Document organisation = organisation();
        String spent2020 = ORGANISATION + "/total-expenditure[period-start/@iso-date='2020-01-01']";

        BigDecimal spent = new BigDecimal(IatiSchemas.text(organisation, spent2020 + "/value"));
        assertEquals(statementTotalExpenditure(), spent);
        assertEquals(new BigDecimal(Report2020.statement("expenditure", "Total expenditure")), spent);
        assertEquals(spent, IatiSchemas.sum(organisation, spent2020 + "/expense-line/value"));
        assertEquals("2020-12-31", IatiSchemas.text(organisation, spent2020 + "/period-end/@iso-date"));
    }

    @Test
    void activityFileExpenditureOf2020WithTheFundsOwnActivitySumsToTheStatement() {
        Document activities = activities();

        BigDecimal transactions = IatiSchemas.sum(activities,
                "//iati-activity/transaction[transaction-type/@code='4'][starts-with(transaction-date/@iso-date, '2020')]/value");
        assertEquals(statementTotalExpenditure(), transactions);
        assertEquals(new BigDecimal(Report2020.statement("expenditure", "Total expenditure")), transactions);
        // The report gives its expenditure for the fund as a whole: all of it is the fund's own activity's.
        assertEquals(transactions, IatiSchemas.sum(activities,
                FUND_ACTIVITY + "/transaction[transaction-type/@code='4'][starts-with(transaction-date/@iso-date, '2020')]/value"));
    }

    @Test
    void table1LinesInParenthesesAreNegativeExpenditureTransactions() {
        Document activities = activities();
        Document organisation = organisation();
        List<List<String>> negative = Report2020.csv("statement_2020.csv").stream()
                .filter(row -> row.get(0).equals("expenditure") && row.get(2).startsWith("-")).toList();
        assertEquals(2, negative.size(), "Table 1 shows two expenditure lines in parentheses");
        for (List<String> row : negative) {
            String amount = Report2020.dollars(row.get(2));
            String transaction = FUND_ACTIVITY + "/transaction[transaction-type/@code='4'][value='" + amount + "']";
            assertFalse(IatiSchemas.nodes(activities, transaction).isEmpty(), row.get(1) + ": no transaction of " + amount);
            assertEquals("2020-12-31", IatiSchemas.text(activities, transaction + "/transaction-date/@iso-date"));
            assertEquals(amount, IatiSchemas.text(organisation, ORGANISATION + "/total-expenditure[period-start/@iso-date='2020-01-01']"
                    + "/expense-line[narrative='" + row.get(1) + "']/value"), row.get(1));
        }
    }

    @Test
    void everyProjectOfTheReportIsAnActivityInItsStateWithTheFundAsParent() {
        Document activities = activities();
        Document organisation = organisation();
        List<List<String>> projects = Report2020.csv("projects_2020.csv");

        assertEquals(projects.size() + 1, IatiSchemas.nodes(activities, "/iati-activities/iati-activity").size());
        for (List<String> row : projects) {
            String activity = "/iati-activities/iati-activity[iati-identifier='XM-DAC-41313-UPRVF-" + row.get(2) + "']";
            String alpha2 = alpha2(row.get(0));
            assertEquals(alpha2, IatiSchemas.text(activities, activity + "/recipient-country/@code"), row.get(2));
            assertEquals(row.get(3), IatiSchemas.text(activities, activity + "/title/narrative"));
            assertEquals("XM-DAC-41313-UPRVF", IatiSchemas.text(activities, activity + "/related-activity/@ref"));
            // The report gives no budget per project: the loader's 0.00, committed on approval (1 January 2020).
            assertEquals("0.00", IatiSchemas.text(activities, activity + "/transaction[transaction-type/@code='2']/value"));
            assertEquals("2020-01-01", IatiSchemas.text(activities, activity + "/transaction[transaction-type/@code='2']/transaction-date/@iso-date"));
            assertEquals("0.00", IatiSchemas.text(organisation, ORGANISATION + "/recipient-country-budget[recipient-country/@code='"
                    + alpha2 + "'][period-start/@iso-date='2020-01-01']/value"));
        }
    }

    private static BigDecimal statementTotalExpenditure() {
        JsonPath statement = given().accept("application/json").get("/api/fund/statements/2020").then().statusCode(200).extract().jsonPath();
        return new BigDecimal(FundStatusClient.exact(statement).getString("lines.find { it.code == 'TOTAL_EXPENDITURE' }.amountUsd"));
    }

    private static String alpha2(String iso3) {
        for (String code : Locale.getISOCountries()) {
            if (new Locale("", code).getISO3Country().equals(iso3)) {
                return code;
            }
        }
        throw new IllegalArgumentException(iso3);
    }

    private static Document activities() {
        return IatiSchemas.valid(IatiSchemas.ACTIVITIES, kept("iati-activities-2020.xml",
                given().get("/api/fund/iati/activities").then().statusCode(200).extract().asString()));
    }

    private static Document organisation() {
        return IatiSchemas.valid(IatiSchemas.ORGANISATIONS, kept("iati-organisation-2020.xml",
                given().get("/api/fund/iati/organisation").then().statusCode(200).extract().asString()));
    }

    /** The file as obtained, also written to target/iati/ for a reader to check with IATI's own tools. */
    private static String kept(String name, String xml) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "iati"));
            Files.writeString(directory.resolve(name), xml, StandardCharsets.UTF_8);
            return xml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

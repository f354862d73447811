package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The fund's IATI files built from the events of the three topics: a project's activity with its State, budget and
 * revision, the fund's commitments and its expenditure with the reversal negative; the fund's own activity with what is no
 * project's; the organisation file's budget per year and State; nothing of staff or bank references; every file valid
 * against IATI's 2.03 schemas.
 */
@QuarkusTest
class IatiTest {

    private static final String ACTIVITIES = "/api/fund/iati/activities";
    private static final String ORGANISATION = "/api/fund/iati/organisation";
    private static final String PREFIX = "XM-DAC-41313-UPRVF";

    @Test
    void projectActivityHoldsItsBudgetRevisionCommitmentsAndExpenditureWithTheReversalNegative() {
        UUID project = UUID.randomUUID();
        String code = "VUT-" + project.toString().substring(0, 8);
        UUID revision = UUID.randomUUID();
        UUID salaries = UUID.randomUUID();
        UUID reversal = UUID.randomUUID();
        UUID travel = UUID.randomUUID();
        EventPublisher.send(
                FundEvents.projectProposed(project, code, "VUT", "150000.00", List.of(), List.of(16)),
                FundEvents.projectApproved(project, "VUT", "150000.00", LocalDate.of(2023, 1, 15)),
                FundEvents.budgetRevised(revision, project, "VUT", "150000.00", "120000.00", LocalDate.of(2023, 2, 1)),
                FundEvents.expenditureRecorded(salaries, project, "VUT", LocalDate.of(2023, 3, 31), "STAFF", "30000.00",
                        "Salaries of Jane Roe", "BANK-REF-7781", null, null),
                FundEvents.expenditureReversed(reversal, salaries, project, "VUT", LocalDate.of(2023, 4, 30), "STAFF", "-5000.00",
                        "Obligation liquidated for less than recorded", "INVOICE-4410"),
                FundEvents.expenditureRecorded(travel, null, null, LocalDate.of(2023, 5, 31), "PARTICIPANT_TRAVEL", "1234.56",
                        "Travel of the delegation", null));
        String identifier = PREFIX + "-" + code;

        Document file = await().atMost(Duration.ofSeconds(60)).until(IatiTest::activities,
                f -> IatiSchemas.nodes(f, activity(identifier) + "/transaction").size() == 4
                        && !IatiSchemas.nodes(f, fundActivity() + "/transaction[@ref='" + travel + "']").isEmpty());

        String activity = activity(identifier);
        assertEquals("2", IatiSchemas.text(file, activity + "/@hierarchy"));
        assertEquals("1", IatiSchemas.text(file, activity + "/activity-status/@code"), "approved, not started: pipeline");
        assertEquals("VU", IatiSchemas.text(file, activity + "/recipient-country/@code"));
        assertEquals("15160", IatiSchemas.text(file, activity + "/sector[@vocabulary='1']/@code"));
        assertEquals("2020-01-01", IatiSchemas.text(file, activity + "/activity-date[@type='1']/@iso-date"));
        assertEquals("2021-12-31", IatiSchemas.text(file, activity + "/activity-date[@type='3']/@iso-date"));
        assertEquals(PREFIX, IatiSchemas.text(file, activity + "/related-activity[@type='1']/@ref"));
        assertEquals("150000.00", IatiSchemas.text(file, activity + "/budget[@type='1']/value"));
        assertEquals("2023-01-15", IatiSchemas.text(file, activity + "/budget[@type='1']/value/@value-date"));
        assertEquals("120000.00", IatiSchemas.text(file, activity + "/budget[@type='2']/value"));
        assertEquals("2023-02-01", IatiSchemas.text(file, activity + "/budget[@type='2']/value/@value-date"));

        List<String> commitments = values(file, activity + "/transaction[transaction-type/@code='2']/value");
        assertEquals(List.of("150000.00", "-30000.00"), commitments, "the approval, then the revision's cut, negative");
        assertEquals("2023-02-01", IatiSchemas.text(file, activity + "/transaction[@ref='" + revision + "']/transaction-date/@iso-date"));
        assertEquals(identifier, IatiSchemas.text(file, activity + "/transaction[transaction-type/@code='2'][1]/receiver-org/@receiver-activity-id"));
        assertEquals("30000.00", IatiSchemas.text(file, activity + "/transaction[@ref='" + salaries + "']/value"));
        assertEquals("-5000.00", IatiSchemas.text(file, activity + "/transaction[@ref='" + reversal + "']/value"));
        assertEquals("4", IatiSchemas.text(file, activity + "/transaction[@ref='" + reversal + "']/transaction-type/@code"));
        assertEquals("USD", IatiSchemas.text(file, activity + "/transaction[@ref='" + reversal + "']/value/@currency"));
        assertEquals("2023-04-30", IatiSchemas.text(file, activity + "/transaction[@ref='" + reversal + "']/value/@value-date"));

        assertEquals("1234.56", IatiSchemas.text(file, fundActivity() + "/transaction[@ref='" + travel + "']/value"));
        assertEquals("", IatiSchemas.text(file, fundActivity() + "/transaction[@ref='" + travel + "']/recipient-country/@code"));

        String xml = activitiesText();
        for (String confidential : List.of("Jane Roe", "BANK-REF-7781", "INVOICE-4410", "fund-manager@local", "field-office@local")) {
            assertFalse(xml.contains(confidential), "the activity file publishes " + confidential);
        }
    }

    @Test
    void organisationFileBudgetsAYearAndAStateWithWhatTheActivityFileCommitted() {
        UUID project = UUID.randomUUID();
        EventPublisher.send(
                FundEvents.projectProposed(project, "TON-" + project.toString().substring(0, 8), "TON", "80000.00", List.of(), List.of()),
                FundEvents.projectApproved(project, "TON", "80000.00", LocalDate.of(2024, 3, 1)),
                FundEvents.budgetRevised(UUID.randomUUID(), project, "TON", "80000.00", "90000.00", LocalDate.of(2025, 1, 10)));

        String tonga2025 = "/iati-organisations/iati-organisation/recipient-country-budget[recipient-country/@code='TO']"
                + "[period-start/@iso-date='2025-01-01']/value";
        Document organisation = await().atMost(Duration.ofSeconds(60)).until(IatiTest::organisation,
                f -> !IatiSchemas.text(f, tonga2025).isEmpty());
        assertEquals("80000.00", IatiSchemas.text(organisation, "/iati-organisations/iati-organisation/recipient-country-budget"
                + "[recipient-country/@code='TO'][period-start/@iso-date='2024-01-01']/value"));
        assertEquals("10000.00", IatiSchemas.text(organisation, tonga2025));

        // Computed twice, the same way by year: the organisation file's budgets are the activity file's commitments.
        Document activities = activities();
        for (Node budget : IatiSchemas.nodes(organisation, "/iati-organisations/iati-organisation/total-budget")) {
            String year = IatiSchemas.text(budget, "period-start/@iso-date").substring(0, 4);
            BigDecimal committed = IatiSchemas.sum(activities,
                    "//transaction[transaction-type/@code='2'][starts-with(transaction-date/@iso-date, '" + year + "')]/value");
            assertEquals(committed, new BigDecimal(IatiSchemas.text(budget, "value")), "budget of " + year);
            assertEquals(committed, IatiSchemas.sum(organisation, "//recipient-country-budget[period-start/@iso-date='" + year
                    + "-01-01']/value"), "budgets of the States in " + year);
        }
        for (Node spent : IatiSchemas.nodes(organisation, "/iati-organisations/iati-organisation/total-expenditure")) {
            String year = IatiSchemas.text(spent, "period-start/@iso-date").substring(0, 4);
            assertEquals(IatiSchemas.sum(activities, "//transaction[transaction-type/@code='4'][starts-with(transaction-date/@iso-date, '"
                    + year + "')]/value"), new BigDecimal(IatiSchemas.text(spent, "value")), "expenditure of " + year);
            assertEquals(IatiSchemas.sum(spent, "expense-line/value"), new BigDecimal(IatiSchemas.text(spent, "value")));
        }
    }

    @Test
    void textTheProducersAllowButXmlCannotHoldStillGivesAValidFileAndACodeMakesAWellFormedIdentifier() {
        UUID project = UUID.randomUUID();
        String code = "TUV 2024/01 & co?" + project.toString().substring(0, 4);
        EventPublisher.send(FundEvents.projectProposed(project, code, "TUV", "Bell \u0007 <script>alert(1)</script> & \"quotes\"",
                null, "Field office\u0001", "5000.00", null, List.of(), List.of()),
                FundEvents.projectApproved(project, "TUV", "5000.00", LocalDate.of(2024, 6, 1)));
        String identifier = PREFIX + "-TUV%202024%2F01%20%26%20co%3F" + project.toString().substring(0, 4);

        Document file = await().atMost(Duration.ofSeconds(60)).until(IatiTest::activities,
                f -> !IatiSchemas.nodes(f, activity(identifier)).isEmpty());

        assertEquals("Bell \uFFFD <script>alert(1)</script> & \"quotes\"", IatiSchemas.text(file, activity(identifier) + "/title/narrative"));
        assertEquals("Field office\uFFFD", IatiSchemas.text(file, activity(identifier) + "/participating-org[@role='4']/narrative"));
    }

    @Test
    void filesCarryAnEtagAndAnUnchangedFileIsNotSentAgain() {
        for (String path : List.of(ACTIVITIES, ORGANISATION)) {
            ExtractableResponse<Response> first = given().get(path).then().statusCode(200)
                    .contentType(startsWith("application/xml")).header("Cache-Control", "public, no-cache").extract();
            String etag = first.header("ETag");
            assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);
            String now = given().get(path).then().statusCode(200).extract().header("ETag");
            // Another test's events may arrive between the two reads: only an unchanged file must keep its tag.
            given().header("If-None-Match", now).get(path).then().statusCode(304).body(emptyString());
            given().header("If-None-Match", "\"not-its-tag\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void queryParametersChangeNothingAndJsonIsNotOffered() {
        String hostile = "x".repeat(4000);
        IatiSchemas.valid(IatiSchemas.ACTIVITIES, given().queryParam("format", "json").queryParam("year", hostile)
                .queryParam("page", "-1").get(ACTIVITIES).then().statusCode(200).extract().asString());
        IatiSchemas.valid(IatiSchemas.ORGANISATIONS, given().queryParam("year", "2020", "2021").get(ORGANISATION)
                .then().statusCode(200).extract().asString());

        given().accept("application/json").get(ACTIVITIES)
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    private static Document activities() {
        return IatiSchemas.valid(IatiSchemas.ACTIVITIES, activitiesText());
    }

    private static String activitiesText() {
        return given().get(ACTIVITIES).then().statusCode(200).extract().asString();
    }

    private static Document organisation() {
        return IatiSchemas.valid(IatiSchemas.ORGANISATIONS, given().get(ORGANISATION).then().statusCode(200).extract().asString());
    }

    private static String activity(String identifier) {
        return "/iati-activities/iati-activity[iati-identifier='" + identifier + "']";
    }

    private static String fundActivity() {
        return activity(PREFIX);
    }

    private static List<String> values(Document file, String xpath) {
        return IatiSchemas.nodes(file, xpath).stream().map(Node::getTextContent).toList();
    }
}

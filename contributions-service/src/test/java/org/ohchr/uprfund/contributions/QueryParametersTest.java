package org.ohchr.uprfund.contributions;

import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Query parameters are bound as types: a malformed or out-of-range value is a 400 problem naming the parameter, on every
 * list, never a 404 or a 500.
 */
@QuarkusTest
class QueryParametersTest {

    private static final List<String> LISTS = List.of("/api/donors", "/api/pledges", "/api/contributions", "/api/income",
            "/api/balances", "/api/contributions/exchange-differences");
    private static final List<String> DATED_LISTS = List.of("/api/pledges", "/api/contributions", "/api/income", "/api/balances",
            "/api/contributions/exchange-differences");

    @Test
    void pagingIsBoundAsWholeNumbersWithinRange() {
        for (String list : LISTS) {
            refused(list, Map.of("page", "abc"), "page");
            refused(list, Map.of("page", "1.5"), "page");
            refused(list, Map.of("page", "99999999999"), "page");
            refused(list, Map.of("page", "-1"), "page");
            refused(list, Map.of("page", "10737419", "size", "200"), "page");
            refused(list, Map.of("size", "0"), "size");
            refused(list, Map.of("size", "201"), "size");
            api().queryParam("page", 100000).when().get(list).then().statusCode(200).body("items.size()", equalTo(0));
        }
    }

    @Test
    void datesAreIsoDatesOfTheYearsKeptAndRangesAreNotReversed() {
        for (String list : DATED_LISTS) {
            refused(list, Map.of("from", "2020-02-30"), "from");
            refused(list, Map.of("to", "31/12/2020"), "to");
            refused(list, Map.of("from", "0001-01-01"), "from");
            refused(list, Map.of("to", "+10000-01-01"), "to");
            refused(list, Map.of("from", "2020-12-31", "to", "2020-01-01"), "to");
            api().queryParam("from", "2020-01-01").queryParam("to", "2020-01-01").when().get(list).then().statusCode(200);
        }
        refused("/api/balances/position", Map.of("asOf", "1899-12-31"), "asOf");
    }

    @Test
    void idsEnumerationsFlagsAndTextAreChecked() {
        refused("/api/contributions", Map.of("donorId", "not-a-uuid"), "donorId");
        refused("/api/pledges", Map.of("donorId", "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11x"), "donorId");
        refused("/api/contributions/exchange-differences", Map.of("pledgeId", "1"), "pledgeId");
        refused("/api/donors", Map.of("kind", "KINGDOM"), "kind");
        refused("/api/pledges", Map.of("status", "paid"), "status");
        refused("/api/income", Map.of("kind", "SALARY"), "kind");
        refused("/api/income", Map.of("reconciliation", "maybe"), "reconciliation");
        refused("/api/donors", Map.of("search", "Nor\u0000way"), "search");
        refused("/api/pledges", Map.of("period", "2020-2022"), "period");
        refused("/api/contributions", Map.of("currency", "XYZ"), "currency");
        refused("/api/contributions/summary", Map.of("groupBy", "donor,donor"), "groupBy");
    }

    private static void refused(String path, Map<String, String> parameters, String parameter) {
        api().queryParams(parameters).when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/validation-failed"))
                .body("violations[0].field", equalTo(parameter));
    }
}

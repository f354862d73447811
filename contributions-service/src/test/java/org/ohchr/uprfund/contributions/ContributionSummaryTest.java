package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Table 2 of the report (contributions by donor and period, 2008-2020), loaded through the API as period-attributed
 * contributions in US dollars, then summarised. The class runs on its own database (its test profile restarts the
 * application with fresh test resources), so that it holds Table 2's rows and nothing else, as the demonstration
 * stack does, and the other tests may register the same States.
 */
@QuarkusTest
@TestProfile(ContributionSummaryTest.OwnDatabase.class)
class ContributionSummaryTest {

    /** No setting of its own: a profile of its own is what gives the class a fresh database. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final String TABLE_2 = "report-2020/table2_contributions_2008_2020.csv";
    private static final BigDecimal TABLE_2_ROWS_SUM = new BigDecimal("6665917.00");

    private static List<Table2Row> table2;

    /** Once for the class, after the application has started; idempotent, as the demonstration loader is. */
    @BeforeEach
    void loadTable2() {
        if (table2 != null) {
            return;
        }
        List<Table2Row> rows = readTable2();
        Map<String, String> donorIds = new HashMap<>();
        for (Table2Row row : rows) {
            String donorId = donorIds.computeIfAbsent(row.iso3(), iso3 -> stateDonor(row.donor(), iso3));
            Map<String, Object> body = new HashMap<>();
            body.put("donorId", donorId);
            body.put("receivedOn", row.lastYear() + "-12-31");
            body.put("amount", row.amountUsd());
            body.put("currency", "USD");
            body.put("period", row.period());
            body.put("bankReference", "Table 2 of the 2020 report");
            asFundManager().header("Idempotency-Key", "table2/" + row.period() + "/" + row.iso3()).body(body)
                    .when().post("/api/contributions").then().statusCode(201);
        }
        table2 = rows;
    }

    @Test
    void table2sFortyFourRowsSumToTheirComputedTotal() {
        JsonPath summary = summary(Map.of("groupBy", "donor,period"));

        List<Map<String, Object>> rows = summary.getList("rows");
        assertThat(rows).hasSize(44);
        assertThat(summary.getObject("total.contributionsUsd", BigDecimal.class)).isEqualTo(TABLE_2_ROWS_SUM);
        assertThat(summary.getInt("total.count")).isEqualTo(44);
        assertThat(summary.getInt("total.rows")).isEqualTo(44);
        assertThat(summary.getList("groupBy")).containsExactly("donor", "period");
        BigDecimal sumOfRows = summary.getList("rows.contributionsUsd", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfRows).isEqualTo(TABLE_2_ROWS_SUM);

        Map<String, BigDecimal> expected = table2.stream()
                .collect(Collectors.toMap(row -> row.period() + " " + row.iso3(), row -> row.amountUsd().setScale(2)));
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            actual.put(summary.getString("rows[" + i + "].period") + " " + summary.getString("rows[" + i + "].donor.iso3"),
                    summary.getObject("rows[" + i + "].contributionsUsd", BigDecimal.class));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void rowsAreOrderedByPeriodThenDonorName() {
        JsonPath summary = summary(Map.of("to", "2020"));

        List<String> keys = summary.getList("rows", Map.class).stream()
                .map(row -> row.get("period") + "|" + ((Map<?, ?>) row.get("donor")).get("name"))
                .toList();
        List<String> sorted = keys.stream()
                .sorted(Comparator.comparing((String key) -> key.substring(0, 4)).thenComparing(key -> key.split("\\|")[0])
                        .thenComparing(key -> key.split("\\|")[1]))
                .toList();
        assertThat(keys).isEqualTo(sorted);
        assertThat(keys.get(0)).startsWith("2008-2009|");
        assertThat(keys.get(43)).startsWith("2020|");
    }

    @Test
    void byPeriodOrByDonorTheSameRowsGiveTheSameTotal() {
        JsonPath byPeriod = summary(Map.of("groupBy", "period", "to", "2020"));
        assertThat(byPeriod.getList("rows.period")).containsExactly("2008-2009", "2010-2011", "2012-2013", "2014-2015", "2016-2017",
                "2018", "2019", "2020");
        assertThat(byPeriod.getList("rows.donor")).containsOnlyNulls();
        assertThat(byPeriod.getObject("total.contributionsUsd", BigDecimal.class)).isEqualTo(TABLE_2_ROWS_SUM);
        assertThat(byPeriod.getObject("rows.find { it.period == '2020' }.contributionsUsd", BigDecimal.class))
                .isEqualTo(new BigDecimal("298807.00"));

        JsonPath byDonor = summary(Map.of("groupBy", "donor", "to", "2020"));
        assertThat(byDonor.getList("rows")).hasSize(19);
        assertThat(byDonor.getList("rows.period")).containsOnlyNulls();
        assertThat(byDonor.getObject("total.contributionsUsd", BigDecimal.class)).isEqualTo(TABLE_2_ROWS_SUM);
        BigDecimal norway = table2.stream().filter(row -> row.iso3().equals("NOR")).map(Table2Row::amountUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        assertThat(byDonor.getObject("rows.find { it.donor.iso3 == 'NOR' }.contributionsUsd", BigDecimal.class)).isEqualTo(norway);
        assertThat(byDonor.getList("rows.donor.name", String.class)).isSorted();
    }

    @Test
    void fromAndToKeepThePeriodsWithinThem() {
        JsonPath year2020 = summary(Map.of("from", "2020", "to", "2020"));
        assertThat(year2020.getList("rows")).hasSize(6);
        assertThat(year2020.getObject("total.contributionsUsd", BigDecimal.class)).isEqualTo(new BigDecimal("298807.00"));
        assertThat(year2020.getString("from")).isEqualTo("2020");

        JsonPath since2016 = summary(Map.of("groupBy", "period", "from", "2016-2017", "to", "2019"));
        assertThat(since2016.getList("rows.period")).containsExactly("2016-2017", "2018", "2019");
        JsonPath from2017 = summary(Map.of("groupBy", "period", "from", "2017", "to", "2020"));
        assertThat(from2017.getList("rows.period")).containsExactly("2018", "2019", "2020");
    }

    @Test
    void anUnknownGroupingOrAnInvertedRangeIsAClientError() {
        for (Map<String, String> invalid : List.of(Map.of("groupBy", "country"), Map.of("groupBy", "donor,donor"),
                Map.of("groupBy", "donor,period,currency"), Map.of("from", "2020", "to", "2018"), Map.of("to", "2020-2022"))) {
            api().queryParams(invalid).when().get("/api/contributions/summary").then().statusCode(400).contentType(PROBLEM);
        }
        api().queryParam("groupBy", "period,donor").when().get("/api/contributions/summary").then().statusCode(200)
                .body("groupBy", equalTo(List.of("period", "donor")));
    }

    private static JsonPath summary(Map<String, String> parameters) {
        return api().queryParams(parameters).when().get("/api/contributions/summary").then().statusCode(200).extract().jsonPath(
                io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** The State's donor id: registered already (by another test or an earlier load), or registered now. */
    private static String stateDonor(String name, String iso3) {
        List<String> found = api().queryParam("iso3", iso3).when().get("/api/donors").then().statusCode(200).extract().path("items.id");
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return asFundManager().body(Map.of("name", name, "kind", "STATE", "iso3", iso3)).when().post("/api/donors")
                .then().statusCode(201).extract().path("id");
    }

    private static List<Table2Row> readTable2() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Thread.currentThread().getContextClassLoader().getResourceAsStream(TABLE_2), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] fields = line.split(",");
                return new Table2Row(fields[0], fields[1], fields[2], new BigDecimal(fields[3]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Table2Row(String period, String donor, String iso3, BigDecimal amountUsd) {

        int lastYear() {
            return Integer.parseInt(period.substring(period.length() - 4));
        }
    }
}

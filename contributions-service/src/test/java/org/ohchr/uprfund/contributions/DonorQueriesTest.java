package org.ohchr.uprfund.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.PROBLEM;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.api;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.cancel;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.etagOf;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.receive;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.recordPledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DonorQueriesTest {

    @Test
    void donorsAreFilteredByKindCountryAndPartOfTheirName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organisation = register("Fondation " + tag, "ORGANISATION", null);
        String person = register("Private giver " + tag, "PRIVATE", null);
        String literal = register("100% Trust " + tag, "PRIVATE", null);
        String iceland = stateDonor("Iceland", "ISL");

        assertThat(ids(Map.of("search", tag))).containsExactly(literal, organisation, person);
        assertThat(ids(Map.of("search", tag.toUpperCase(), "kind", "ORGANISATION"))).containsExactly(organisation);
        assertThat(ids(Map.of("search", tag, "kind", "PRIVATE"))).containsExactly(literal, person);
        assertThat(ids(Map.of("search", "100% trust " + tag))).containsExactly(literal);
        assertThat(ids(Map.of("search", "_" + tag))).isEmpty();
        assertThat(ids(Map.of("iso3", "ISL"))).containsExactly(iceland);
        assertThat(ids(Map.of("iso3", "isl", "kind", "STATE"))).containsExactly(iceland);
        assertThat(ids(Map.of("iso3", "ISL", "kind", "PRIVATE"))).isEmpty();

        for (Map<String, String> invalid : List.of(Map.of("kind", "EMPIRE"), Map.of("iso3", "IS"), Map.of("size", "0"))) {
            api().queryParams(invalid).when().get("/api/donors").then().statusCode(400).contentType(PROBLEM);
        }
    }

    @Test
    void summaryAddsUpPledgesPaymentsAndCancellationsByPeriod() {
        String donor = newDonor("Summarised foundation");
        String euros = recordPledge(donor, "1000", "EUR", "1.10", "2031");
        String dollars = recordPledge(donor, "500", "USD", null, "2031");
        String kroner = recordPledge(donor, "10000", "NOK", "0.1", "2032");
        Map<String, Object> partOfEuros = contribution(donor, "400", "EUR", "1.20", null);
        partOfEuros.put("pledgeId", euros);
        receive(partOfEuros);
        Map<String, Object> allDollars = contribution(donor, "500", "USD", null, null);
        allDollars.put("pledgeId", dollars);
        receive(allDollars);
        receive(contribution(donor, "250", "USD", null, "2032"));
        cancel(kroner, etagOf(kroner), Map.of("reason", "WRITTEN_OFF")).then().statusCode(201);

        JsonPath summary = api().when().get("/api/donors/" + donor + "/summary").then().statusCode(200).extract()
                .jsonPath(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));

        assertThat(summary.getString("donor.id")).isEqualTo(donor);
        assertThat(summary.getList("byPeriod.period")).containsExactly("2031", "2032");
        assertThat(usd(summary, "byPeriod[0].pledgedUsd")).isEqualTo(new BigDecimal("1600.00"));
        assertThat(usd(summary, "byPeriod[0].receivedUsd")).isEqualTo(new BigDecimal("980.00"));
        assertThat(usd(summary, "byPeriod[0].outstandingUsd")).isEqualTo(new BigDecimal("660.00"));
        assertThat(usd(summary, "byPeriod[0].cancelledUsd")).isEqualTo(new BigDecimal("0.00"));
        assertThat(usd(summary, "byPeriod[1].pledgedUsd")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(usd(summary, "byPeriod[1].receivedUsd")).isEqualTo(new BigDecimal("250.00"));
        assertThat(usd(summary, "byPeriod[1].outstandingUsd")).isEqualTo(new BigDecimal("0.00"));
        assertThat(usd(summary, "byPeriod[1].cancelledUsd")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(usd(summary, "pledgedUsd")).isEqualTo(new BigDecimal("2600.00"));
        assertThat(usd(summary, "receivedUsd")).isEqualTo(new BigDecimal("1230.00"));
        assertThat(usd(summary, "outstandingUsd")).isEqualTo(new BigDecimal("660.00"));
        assertThat(usd(summary, "cancelledUsd")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(summary.getList("outstandingByCurrency.currency")).containsExactly("EUR");
        assertThat(usd(summary, "outstandingByCurrency[0].amount")).isEqualTo(new BigDecimal("600.00"));
    }

    @Test
    void aDonorWithoutEntriesHasAnEmptySummaryAndAnUnknownOneNone() {
        String donor = newDonor("Silent donor");

        api().when().get("/api/donors/" + donor + "/summary").then().statusCode(200)
                .body("pledgedUsd", equalTo(new BigDecimal("0.00")), "receivedUsd", equalTo(new BigDecimal("0.00")),
                        "byPeriod", empty(), "outstandingByCurrency", empty());
        api().when().get("/api/donors/" + UUID.randomUUID() + "/summary").then().statusCode(404).contentType(PROBLEM);
    }

    private static BigDecimal usd(JsonPath json, String path) {
        return json.getObject(path, BigDecimal.class);
    }

    private static String register(String name, String kind, String iso3) {
        Map<String, String> body = iso3 == null ? Map.of("name", name, "kind", kind) : Map.of("name", name, "kind", kind, "iso3", iso3);
        return asFundManager().body(body).when().post("/api/donors").then().statusCode(201).extract().path("id");
    }

    private static String stateDonor(String name, String iso3) {
        List<String> found = ids(Map.of("iso3", iso3));
        return found.isEmpty() ? register(name, "STATE", iso3) : found.get(0);
    }

    /** As the secretariat, who may search private individuals' names (DataClassificationTest: anyone else may not). */
    private static List<String> ids(Map<String, String> filters) {
        return api().auth().oauth2(TestTokens.fundManager()).queryParams(filters).queryParam("size", 200).when().get("/api/donors")
                .then().statusCode(200).extract().path("items.id");
    }
}

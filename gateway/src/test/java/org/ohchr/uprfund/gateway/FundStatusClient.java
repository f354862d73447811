package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ohchr.uprfund.testing.TestTokens;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/** Reads the gateway's fund endpoints as a client would. */
final class FundStatusClient {

    private FundStatusClient() {
    }

    static JsonPath status() {
        return exact(given().accept("application/json").get("/api/fund/status")
                .then().statusCode(200).extract().jsonPath());
    }

    /** Numbers read as BigDecimal, so that money keeps its scale. */
    static JsonPath exact(JsonPath json) {
        return json.using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static long registeredDonors() {
        return status().getLong("donors.registered");
    }

    /**
     * The freshness entry of one topic, computed now from the read model (fund status at the end of today, asked for
     * by date), not from the snapshot, which follows the consumers a moment later.
     */
    static Map<String, Object> freshSource(String topic) {
        return given().accept("application/json").get("/api/fund/status?asOf=" + LocalDate.now(ZoneOffset.UTC))
                .then().statusCode(200).extract().jsonPath().getMap("sources.find { it.topic == '" + topic + "' }");
    }

    /** The freshness entry of one topic. */
    static Map<String, Object> source(String topic) {
        return status().getMap("sources.find { it.topic == '" + topic + "' }");
    }

    static long count(Map<String, Object> source, String field) {
        return ((Number) source.get(field)).longValue();
    }

    /** A money figure of a status, statement or table, exact. */
    static BigDecimal money(JsonPath json, String path) {
        return exact(json).getObject(path, BigDecimal.class);
    }

    /** The parked records of a topic (any status), oldest offset first, as a fund manager lists them. */
    static List<Map<String, Object>> deadLetters(String topic) {
        return given().auth().oauth2(TestTokens.fundManager()).queryParam("topic", topic).queryParam("size", 200)
                .get("/api/fund/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The parked record of an event id, or null. */
    static Map<String, Object> deadLetterOfEvent(String topic, String eventId) {
        return deadLetters(topic).stream().filter(letter -> eventId.equals(letter.get("eventId"))).findFirst().orElse(null);
    }
}

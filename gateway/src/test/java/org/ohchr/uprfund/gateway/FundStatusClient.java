package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Reads GET /api/fund/status as a client would. */
final class FundStatusClient {

    private FundStatusClient() {
    }

    static JsonPath status() {
        return given().accept("application/json").get("/api/fund/status")
                .then().statusCode(200).extract().jsonPath();
    }

    static long registeredDonors() {
        return status().getLong("donors.registered");
    }

    /** The freshness entry of one topic. */
    static Map<String, Object> source(String topic) {
        return status().getMap("sources.find { it.topic == '" + topic + "' }");
    }

    static long count(Map<String, Object> source, String field) {
        return ((Number) source.get(field)).longValue();
    }
}

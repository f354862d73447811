package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Requests of the income and balance tests; amounts in responses are read as BigDecimal, never as floating point. */
final class IncomeTestRequests {

    static final String TOPIC = "fund.contributions.v1";
    static final String PROBLEM = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private IncomeTestRequests() {
    }

    /** A request whose JSON numbers are read as BigDecimal. */
    static RequestSpecification api() {
        return ContributionTestRequests.api();
    }

    static RequestSpecification asFundManager() {
        return ContributionTestRequests.asFundManager();
    }

    static Map<String, Object> income(String kind, LocalDate date, String amountUsd, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("accountingDate", date.toString());
        body.put("amountUsd", new java.math.BigDecimal(amountUsd));
        body.put("description", description);
        return body;
    }

    static Response postIncome(Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/income");
    }

    /** Records an entry and returns its id. */
    static String recordIncome(String kind, LocalDate date, String amountUsd, String description) {
        return postIncome(income(kind, date, amountUsd, description)).then().statusCode(201).extract().path("id");
    }

    static Response reverse(String id, Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/income/" + id + "/reversal");
    }

    /** Registers a donor no other test uses and returns its id. */
    static String registerOrganisation() {
        return asFundManager().body(Map.of("name", "Foundation " + java.util.UUID.randomUUID(), "kind", "ORGANISATION"))
                .when().post("/api/donors").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> balance(LocalDate date, String amountUsd, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("balanceDate", date.toString());
        body.put("amountUsd", new java.math.BigDecimal(amountUsd));
        body.put("source", source);
        return body;
    }

    static Response postBalance(Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/balances");
    }

    /** The CloudEvent of {@code type} keyed by {@code key}, read back from the topic. */
    static JsonNode publishedEvent(String key, String type) throws Exception {
        String fullType = "org.ohchr.uprfund.contributions." + type;
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC,
                r -> key.equals(r.key()) && r.value().contains("\"" + fullType + "\""), Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(records.get(records.size() - 1).value());
        assertThat(event.path("type").asText()).isEqualTo(fullType);
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        return event;
    }
}

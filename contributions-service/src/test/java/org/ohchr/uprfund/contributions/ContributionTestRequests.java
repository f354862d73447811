package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.FreshIdempotencyKeys;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Requests of the pledge and contribution tests. Amounts in responses are read as BigDecimal with their scale, so that
 * {@code equalTo(new BigDecimal("107500.00"))} also checks the two decimals. Donors are private donors with unique
 * names, so that tests sharing the database never count each other's entries (Table 2, with its States, is loaded by
 * {@link ContributionSummaryTest} on a database of its own).
 */
final class ContributionTestRequests {

    static final String TOPIC = "fund.contributions.v1";
    static final String PROBLEM = "application/problem+json";
    static final String TYPE_PREFIX = "org.ohchr.uprfund.contributions.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private ContributionTestRequests() {
    }

    static RequestSpecification api() {
        return given().config(DECIMALS);
    }

    /** A fund manager's request; a POST without an Idempotency-Key gets a new one. */
    static RequestSpecification asFundManager() {
        return asFundManagerWithoutKey().filter(new FreshIdempotencyKeys());
    }

    /** A fund manager's request that sends no Idempotency-Key unless the test sets one. */
    static RequestSpecification asFundManagerWithoutKey() {
        return api().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON);
    }

    static LocalDate daysAgo(int days) {
        return LocalDate.now().minusDays(days);
    }

    /** Registers a private donor with a unique name; returns its id. */
    static String newDonor(String name) {
        return asFundManager().body(Map.of("name", name + " " + UUID.randomUUID(), "kind", "PRIVATE"))
                .when().post("/api/donors").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> pledge(String donorId, String amount, String currency, String usdPerUnit, String period) {
        Map<String, Object> body = new HashMap<>();
        body.put("donorId", donorId);
        body.put("amount", new BigDecimal(amount));
        body.put("currency", currency);
        if (usdPerUnit != null) {
            body.put("usdPerUnit", new BigDecimal(usdPerUnit));
        }
        body.put("pledgedOn", daysAgo(30).toString());
        body.put("period", period);
        return body;
    }

    static Response postPledge(Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/pledges");
    }

    /** Records a pledge; returns its id. */
    static String recordPledge(String donorId, String amount, String currency, String usdPerUnit, String period) {
        return postPledge(pledge(donorId, amount, currency, usdPerUnit, period)).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> contribution(String donorId, String amount, String currency, String usdPerUnit, String period) {
        Map<String, Object> body = new HashMap<>();
        body.put("donorId", donorId);
        body.put("receivedOn", daysAgo(10).toString());
        body.put("amount", new BigDecimal(amount));
        body.put("currency", currency);
        if (usdPerUnit != null) {
            body.put("usdPerUnit", new BigDecimal(usdPerUnit));
        }
        if (period != null) {
            body.put("period", period);
        }
        body.put("bankReference", "TEST-" + UUID.randomUUID().toString().substring(0, 8));
        return body;
    }

    static Response postContribution(Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/contributions");
    }

    /** Records a contribution; returns its id. */
    static String receive(Map<String, Object> body) {
        return postContribution(body).then().statusCode(201).extract().path("id");
    }

    static Response reverse(String contributionId, Map<String, Object> body) {
        return asFundManager().body(body).when().post("/api/contributions/" + contributionId + "/reversal");
    }

    static Response cancel(String pledgeId, String ifMatch, Map<String, Object> body) {
        RequestSpecification request = asFundManager().body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/pledges/" + pledgeId + "/cancellation");
    }

    /** The ETag of the pledge, as GET gives it. */
    static String etagOf(String pledgeId) {
        return api().when().get("/api/pledges/" + pledgeId).then().statusCode(200).extract().header("ETag");
    }

    /**
     * Reads the topic until the CloudEvent of {@code type} whose data field {@code idField} is {@code id} arrives, checks
     * its envelope and that its data conform to the type's schema, and returns the data.
     */
    static JsonNode publishedEvent(String type, String idField, String id) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC,
                record -> record.value().contains("\"" + TYPE_PREFIX + type + "\"") && record.value().contains(id)
                        && id.equals(read(record.value()).path("data").path(idField).asText()),
                Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.get(records.size() - 1);
        JsonNode envelope = read(record.value());
        assertThat(envelope.path("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.path("subject").asText()).isEqualTo(record.key());
        assertThat(envelope.path("source").asText()).isEqualTo("/upr-fund/contributions-service");
        JsonNode data = envelope.path("data");
        assertThat(EventSchemas.violations("META-INF/resources/events/" + type + ".json", data)).isEmpty();
        return data;
    }

    /** Every record of the topic up to the one matching, for tests that look at several events. */
    static List<ConsumerRecord<String, String>> recordsUntil(String type, String idField, String id) {
        return TopicReader.readUntil(TOPIC,
                record -> record.value().contains("\"" + TYPE_PREFIX + type + "\"") && record.value().contains(id)
                        && id.equals(read(record.value()).path("data").path(idField).asText()),
                Duration.ofSeconds(30));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}

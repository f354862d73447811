package org.ohchr.uprfund.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Requests of this module's tests. Amounts in responses are read as BigDecimal with their scale. Every project gets a
 * code no other test uses, so tests sharing the database never meet; the States they use say what the test is about
 * (a field office of KEN writing for KEN, or for NGA).
 */
public final class ProjectTestRequests {

    public static final String TOPIC = "fund.projects.v1";
    public static final String PROBLEM = "application/problem+json";
    public static final String TYPE_PREFIX = "org.ohchr.uprfund.projects.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private ProjectTestRequests() {
    }

    public static RequestSpecification api() {
        return given().config(DECIMALS);
    }

    /** A fund manager's request; a POST without an Idempotency-Key gets a new one. */
    public static RequestSpecification asFundManager() {
        return as(TestTokens.fundManager());
    }

    /** A field office's request for {@code countries}; a POST without an Idempotency-Key gets a new one. */
    public static RequestSpecification asFieldOffice(String... countries) {
        return as(TestTokens.fieldOffice(countries));
    }

    public static RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON).filter(new FreshIdempotencyKeys());
    }

    public static String uniqueCode() {
        return "T-" + RUN + "-" + CODES.incrementAndGet();
    }

    public static Map<String, Object> proposal(String iso3) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", uniqueCode());
        body.put("iso3", iso3);
        body.put("title", "Support to the national mechanism of " + iso3);
        body.put("budgetUsd", new BigDecimal("100000.00"));
        return body;
    }

    /** Proposes a project in {@code iso3} as a fund manager and returns its id. */
    public static String propose(String iso3) {
        return asFundManager().body(proposal(iso3)).when().post("/api/projects").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> approval(String budgetUsd) {
        Map<String, Object> criterion = Map.of("answer", "YES", "notes", "Flagged by the treaty bodies");
        Map<String, Object> body = new HashMap<>();
        body.put("approvedOn", "2021-01-15");
        body.put("approvedBudgetUsd", new BigDecimal(budgetUsd));
        body.put("consentReference", "Note verbale of 10 January 2021");
        body.put("assessment", Map.of("a", criterion, "b", criterion, "c", criterion, "d", criterion));
        return body;
    }

    /** The project's ETag as a GET answers it. */
    public static String etag(String projectId) {
        return api().when().get("/api/projects/" + projectId).then().statusCode(200).extract().header("ETag");
    }

    public static Response approve(String projectId, Map<String, Object> approval) {
        return asFundManager().header("If-Match", etag(projectId)).body(approval).when().post("/api/projects/" + projectId + "/approval");
    }

    public static Response moveTo(String projectId, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        return asFundManager().header("If-Match", etag(projectId)).body(body).when().post("/api/projects/" + projectId + "/status");
    }

    /** A project in {@code iso3}, approved with a budget of 100,000.00 and active; returns its id. */
    public static String activeProject(String iso3) {
        String id = propose(iso3);
        approve(id, approval("100000.00")).then().statusCode(200);
        moveTo(id, "ACTIVE", null).then().statusCode(200);
        return id;
    }

    public static Map<String, Object> update(LocalDate start, LocalDate end, String narrative) {
        Map<String, Object> body = new HashMap<>();
        body.put("periodStart", start.toString());
        body.put("periodEnd", end.toString());
        body.put("status", "ON_TRACK");
        body.put("narrative", narrative);
        return body;
    }

    public static Map<String, Object> expenditure(String projectId, LocalDate spentOn, String category, String amountUsd) {
        Map<String, Object> body = new HashMap<>();
        if (projectId != null) {
            body.put("projectId", projectId);
        }
        body.put("spentOn", spentOn.toString());
        body.put("costCategory", category);
        body.put("amountUsd", new BigDecimal(amountUsd));
        body.put("description", "Test expenditure " + category);
        return body;
    }

    /** Records an entry as a fund manager and returns its id. */
    public static String spend(String projectId, LocalDate spentOn, String category, String amountUsd) {
        return asFundManager().body(expenditure(projectId, spentOn, category, amountUsd)).when().post("/api/expenditures")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> correction(LocalDate spentOn, String amountUsd) {
        Map<String, Object> body = new HashMap<>();
        body.put("spentOn", spentOn.toString());
        if (amountUsd != null) {
            body.put("amountUsd", new BigDecimal(amountUsd));
        }
        body.put("reason", "Refund received");
        return body;
    }

    /** The CloudEvent of {@code type} keyed by {@code key} whose text contains {@code marker}, read back from the topic. */
    public static JsonNode publishedEvent(String key, String type, String marker) {
        String fullType = TYPE_PREFIX + type;
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC,
                r -> key.equals(r.key()) && r.value().contains("\"" + fullType + "\"") && r.value().contains(marker), Duration.ofSeconds(60));
        try {
            JsonNode event = JSON.readTree(records.get(records.size() - 1).value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("source").asText()).isEqualTo("/upr-fund/projects-service");
            assertThat(event.path("subject").asText()).isEqualTo(key);
            return event;
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + records.get(records.size() - 1).value(), e);
        }
    }

    /** The event's data, checked against the schema this service ships for its type. */
    public static JsonNode schemaValidData(JsonNode event, String type) {
        JsonNode data = event.path("data");
        assertThat(EventSchemas.violations("META-INF/resources/events/" + type + ".json", data)).as(type + " " + data).isEmpty();
        return data;
    }
}

package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Requests the tests send, and the events they read back. */
public final class RecommendationTestRequests {

    public static final String TOPIC = "fund.recommendations.v1";
    public static final String HEADER = "state_under_review,recommending_states,mechanism,cycle,session,document_symbol,paragraph,language,"
            + "text,response,action_category,themes,affected_persons,sdg_goals,sdg_targets";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecommendationTestRequests() {
    }

    public static RequestSpecification asEditor() {
        return given().auth().oauth2(TestTokens.recommendationsEditor()).contentType(ContentType.JSON);
    }

    /** A document symbol no other test uses, so that natural keys never meet across tests. */
    public static String freshDocument() {
        return "TEST/UPR/" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A valid UPR recommendation as a JSON body, to change with {@link #with}. */
    public static Map<String, Object> recommendation(String document, String paragraph) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stateUnderReview", "KHM");
        body.put("recommendingStates", List.of("URY", "FRA"));
        body.put("mechanism", "UPR");
        body.put("cycle", 3);
        body.put("session", "32");
        body.put("documentSymbol", document);
        body.put("paragraph", paragraph);
        body.put("language", "en");
        body.put("text", "Accelerate the issuing of communal land titles to indigenous communities");
        body.put("response", "SUPPORTED");
        body.put("actionCategory", 5);
        body.put("themes", List.of("LAND_AND_HOUSING", "INDIGENOUS_PEOPLES"));
        body.put("affectedPersons", List.of("INDIGENOUS_PEOPLES"));
        body.put("sdgTargets", List.of("1.4"));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String property, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(property);
        } else {
            changed.put(property, value);
        }
        return changed;
    }

    /** The revision that leaves a recommendation recorded with {@code body} as it is: all but its key and status. */
    public static Map<String, Object> revisionOf(Map<String, Object> body) {
        Map<String, Object> revision = new LinkedHashMap<>(body);
        List.of("stateUnderReview", "cycle", "documentSymbol", "paragraph", "implementationStatus").forEach(revision::remove);
        return revision;
    }

    /** Records the recommendation and returns its id. */
    public static String record(Map<String, Object> body) {
        return asEditor().body(body).when().post("/api/recommendations").then().statusCode(201).extract().path("id");
    }

    public static String newRecommendation() {
        return record(recommendation(freshDocument(), "1.1"));
    }

    public static String etagOf(String recommendationId) {
        return given().when().get("/api/recommendations/" + recommendationId).then().statusCode(200).extract().header("ETag");
    }

    /** Posts a CSV file to the import. */
    public static ValidatableResponse importCsv(String csv) {
        return importCsv(csv.getBytes(StandardCharsets.UTF_8));
    }

    public static ValidatableResponse importCsv(byte[] csv) {
        return given().auth().oauth2(TestTokens.recommendationsEditor()).contentType("text/csv; charset=utf-8").body(csv)
                .when().post("/api/recommendations/import").then();
    }

    /** One CSV line of the standard header's columns (cells quoted as needed). */
    public static String csvRow(String state, String recommending, String mechanism, String cycle, String document, String paragraph,
            String language, String text, String response, String themes, String targets) {
        List<String> cells = new ArrayList<>(List.of(state, recommending, mechanism, cycle, "", document, paragraph, language, text,
                response, "", themes, "", "", targets));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                line.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return line.append("\r\n").toString();
    }

    /** A valid CSV row for the document. */
    public static String csvRow(String document, String paragraph, String text) {
        return csvRow("KHM", "FRA;URY", "UPR", "3", document, paragraph, "en", text, "SUPPORTED", "LAND_AND_HOUSING", "1.4");
    }

    /**
     * Reads the topic until an event of {@code type} for {@code recommendationId} that matches, checks its envelope and
     * validates its data against the schema, and returns its data.
     */
    public static JsonNode eventOf(String type, String recommendationId, Predicate<JsonNode> match) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC, record -> {
            if (!recommendationId.equals(record.key())) {
                return false;
            }
            JsonNode event = parse(record.value());
            return event.path("type").asText().equals("org.ohchr.uprfund.recommendations." + type) && match.test(event.path("data"));
        }, Duration.ofSeconds(60));
        JsonNode event = parse(records.get(records.size() - 1).value());
        if (!event.path("source").asText().equals("/upr-fund/recommendations-service") || !event.path("subject").asText().equals(recommendationId)
                || !event.path("specversion").asText().equals("1.0")) {
            throw new AssertionError("Not the envelope of the contract: " + event);
        }
        List<String> violations = EventSchemas.violations("META-INF/resources/events/" + type + ".json", event.path("data"));
        if (!violations.isEmpty()) {
            throw new AssertionError(type + " does not validate against its schema: " + violations + "\n" + event.path("data"));
        }
        return event.path("data");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}

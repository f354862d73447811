package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DonorResourceTest {

    private static final String TOPIC = "fund.contributions.v1";

    @Inject
    DonorRepository donors;

    @Inject
    OutboxEventRepository outbox;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void registeredDonorIsPublishedAsCloudEventKeyedByDonor() throws Exception {
        String id = given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Norway", "kind", "STATE", "iso3", "NOR"))
                .when().post("/api/donors")
                .then().statusCode(201)
                .header("Location", containsString("/api/donors/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Norway"), "iso3", equalTo("NOR"), "kind", equalTo("STATE"))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.get(records.size() - 1);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        JsonNode event = objectMapper.readTree(record.value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("org.ohchr.uprfund.contributions.DonorRegistered");
        assertThat(event.path("source").asText()).isEqualTo("/upr-fund/contributions-service");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("id").asText()).isNotBlank();
        assertThat(event.path("time").asText()).endsWith("Z");
        assertThat(event.path("data").path("donorId").asText()).isEqualTo(id);
        assertThat(EventSchemas.violations("META-INF/resources/events/DonorRegistered.json", event.path("data"))).isEmpty();

        given().when().get("/api/donors/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("name", equalTo("Norway"));
    }

    @Test
    void locationPointsWhereTheClientCalledThroughTheGateway() {
        given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .header("X-Forwarded-Host", "fund.example.org:8443")
                .header("X-Forwarded-Proto", "https")
                .body(Map.of("name", "Mongolia", "kind", "STATE", "iso3", "MNG"))
                .when().post("/api/donors")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("https://fund.example.org:8443/api/donors/"));
    }

    @Test
    void stateWithUnknownCountryCodeIsRefusedAndWritesNothing() {
        long donorsBefore = donors.count();
        long eventsBefore = outbox.count();

        given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Atlantis", "kind", "STATE", "iso3", "ATL"))
                .when().post("/api/donors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400), "violations.field", hasItem("iso3"));

        assertThat(donors.count()).isEqualTo(donorsBefore);
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }

    @Test
    void missingFieldsAreListedInTheProblem() {
        given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("iso3", "nor"))
                .when().post("/api/donors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("name"), "violations.field", hasItem("kind"), "violations.field", hasItem("iso3"));
    }

    @Test
    void malformedJsonIsAClientError() {
        given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .body("{\"name\": \"Peru\", \"kind\": ")
                .when().post("/api/donors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request"));
    }

    @Test
    void unknownKindIsAClientError() {
        given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Peru", "kind", "EMPIRE", "iso3", "PER"))
                .when().post("/api/donors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("kind"));
    }

    @Test
    void secondRegistrationOfAStateIsAConflict() {
        Map<String, String> india = Map.of("name", "India", "kind", "STATE", "iso3", "IND");
        given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON).body(india)
                .when().post("/api/donors").then().statusCode(201);
        long eventsBefore = outbox.count();

        given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON).body(india)
                .when().post("/api/donors")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("IND"));
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }

    @Test
    void registeringNeedsAFundManagerToken() {
        Map<String, String> oman = Map.of("name", "Oman", "kind", "STATE", "iso3", "OMN");
        given().contentType(ContentType.JSON).body(oman)
                .when().post("/api/donors")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(TestTokens.withoutRoles()).contentType(ContentType.JSON).body(oman)
                .when().post("/api/donors")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(oman)
                .when().post("/api/donors")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(donors.findByIso3("OMN")).isEmpty();
    }

    @Test
    void unknownDonorIsNotFoundProblem() {
        given().when().get("/api/donors/3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/donors/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listIsPagedInNameOrderAndEmptyPastTheEnd() {
        for (String[] donor : new String[][] { { "Spain", "ESP" }, { "Singapore", "SGP" }, { "Serbia", "SRB" } }) {
            given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                    .body(Map.of("name", donor[0], "kind", "STATE", "iso3", donor[1]))
                    .when().post("/api/donors").then().statusCode(201);
        }
        given().queryParam("search", "s").queryParam("size", 2).queryParam("page", 0)
                .when().get("/api/donors")
                .then().statusCode(200)
                .body("items.size()", equalTo(2), "size", equalTo(2), "total", notNullValue());
        List<String> names = given().queryParam("search", "S").queryParam("size", 200)
                .when().get("/api/donors").then().statusCode(200).extract().path("items.name");
        assertThat(names).isSorted().contains("Serbia", "Singapore", "Spain");
        given().queryParam("page", 1000).when().get("/api/donors")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("size", 0).when().get("/api/donors")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

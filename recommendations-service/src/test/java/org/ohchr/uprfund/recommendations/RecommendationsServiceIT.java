package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged service, as it ships: it starts on its own database, runs its migrations and the platform's, imports a
 * CSV file (streamed, with the import path's own body limit), indexes the texts for search after the import, takes a
 * status change with If-Match and publishes its events.
 */
@QuarkusIntegrationTest
class RecommendationsServiceIT {

    private static final String HEADER = "state_under_review,recommending_states,mechanism,cycle,session,document_symbol,paragraph,"
            + "language,text,response,action_category,themes,affected_persons,sdg_goals,sdg_targets";

    @Test
    void thePackagedServiceStartsAndIsReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("UPR Voluntary Fund: recommendations"));
    }

    @Test
    void aFileIsImportedSearchedPlannedAndPublished() {
        String document = "IT/UPR/" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        csv.append("PER,ESP;URY,UPR,3,28,").append(document).append(",1,es,\"Garantizar el acceso a la educación intercultural bilingüe en las"
                + " zonas rurales\",SUPPORTED,4,RIGHT_TO_EDUCATION;INDIGENOUS_PEOPLES,INDIGENOUS_PEOPLES,,4.5\r\n");
        // Enough rows to pass the platform's standard 256K limit: the import's path has a limit of its own.
        for (int paragraph = 2; paragraph <= 3_000; paragraph++) {
            csv.append("PER,ESP,UPR,3,28,").append(document).append(',').append(paragraph)
                    .append(",en,Ensure access to justice for indigenous peoples in their own languages,NOTED,3,ADMINISTRATION_OF_JUSTICE,,,16.3\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        String reportUrl = given().auth().oauth2(TestTokens.recommendationsEditor()).contentType("text/csv; charset=utf-8").body(body)
                .when().post("/api/recommendations/import").then().statusCode(201)
                .body("rows", equalTo(3_000)).body("created", equalTo(3_000)).body("bytes", equalTo(body.length))
                .extract().header("Location");

        String id = given().queryParam("documentSymbol", document).queryParam("paragraph", "1").when().get("/api/recommendations")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", "educativo")
                .queryParam("documentSymbol", document).when().get("/api/recommendations").then().body("items.id", contains(id)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(reportUrl.replaceAll("^https?://[^/]+", ""))
                .then().statusCode(200).body("awaitingSearchIndex", equalTo(0)));
        given().queryParam("q", "justice").queryParam("documentSymbol", document).queryParam("size", 1).when().get("/api/recommendations")
                .then().body("total", equalTo(2_999));

        given().auth().oauth2(TestTokens.recommendationsEditor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_PROGRESS", "note", "Bilingual teachers hired in two regions"))
                .when().post("/api/implementation-plans/" + id + "/status-changes").then().statusCode(201);
        TopicReader.readUntil("fund.recommendations.v1", record -> record.key().equals(id)
                && record.value().contains("org.ohchr.uprfund.recommendations.ImplementationStatusChanged"), Duration.ofSeconds(60));
        given().queryParam("state", "PER").queryParam("cycle", 3).when().get("/api/recommendations/matrix").then().statusCode(200)
                .body("themes.find { it.theme == 'RIGHT_TO_EDUCATION' }.recommendations", equalTo(1));
    }
}

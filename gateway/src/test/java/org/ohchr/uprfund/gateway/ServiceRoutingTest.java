package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ChunkedUpload;
import org.ohchr.uprfund.testing.SecurityHeaders;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The gateway as a reverse proxy, against {@link StandInServices}: contributions-service echoes what reached it,
 * projects-service and recommendations-service are down.
 */
@QuarkusTest
class ServiceRoutingTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void requestReachesTheServiceWithItsHeadersAndBodyAndItsResponseComesBackUnchanged() {
        String token = TestTokens.fundManager();
        String body = "{\"name\":\"Norway\",\"kind\":\"STATE\",\"iso3\":\"NOR\"}";

        JsonPath echo = given()
                .urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "c0a8b3f2-donor-norway")
                .header("If-Match", "\"3\"")
                .header("Accept-Language", "fr")
                .contentType("application/json")
                .body(body)
                .post("/api/donors?source=report-2020&note=a%20b")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/donors/" + StandInServices.CREATED_DONOR_ID))
                .header("ETag", "\"0\"")
                .contentType(startsWith("application/json"))
                .extract().jsonPath();

        assertEquals("POST", echo.getString("method"));
        assertEquals("/api/donors?source=report-2020&note=a%20b", echo.getString("uri"));
        assertEquals("Bearer " + token, echo.getString("headers.authorization"));
        assertEquals("c0a8b3f2-donor-norway", echo.getString("headers.idempotency-key"));
        assertEquals("\"3\"", echo.getString("headers.if-match"));
        assertEquals("fr", echo.getString("headers.accept-language"));
        assertEquals(body, echo.getString("body"));
        assertEquals("fund.test.example", echo.getString("headers.x-forwarded-host"));
        assertEquals("https", echo.getString("headers.x-forwarded-proto"));
    }

    @Test
    void aServicesAnswerComesBackWithOneSetOfSecurityHeaders() {
        SecurityHeaders.assertOnData("a service's answer through the gateway", given().get("/api/donors"));
    }

    @Test
    void forwardingHeadersAreTheGatewaysOwnWhateverTheClientSent() {
        JsonPath echo = given()
                .header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "gopher")
                .header("X-Forwarded-Port", "6666")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "host=evil.example;proto=http")
                .get("/api/donors")
                .then().statusCode(200).extract().jsonPath();

        assertEquals("fund.test.example", echo.getString("headers.x-forwarded-host"));
        assertEquals("https", echo.getString("headers.x-forwarded-proto"));
        assertEquals(null, echo.getString("headers.x-forwarded-port"));
        assertEquals(null, echo.getString("headers.x-forwarded-prefix"));
        assertEquals(null, echo.getString("headers.forwarded"));
        assertEquals("127.0.0.1", echo.getString("headers.x-forwarded-for"));
    }

    @Test
    void bodyOverTheLimitGetsTheGatewaysPayloadTooLargeProblemEveryTime() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMegabytes, (byte) 'a');
        String token = "Bearer " + TestTokens.fundManager();
        for (int attempt = 0; attempt < 10; attempt++) {
            given().header("Authorization", token).contentType("application/json").body(twoMegabytes).post("/api/donors")
                    .then().statusCode(413).contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://upr-fund.example/problems/payload-too-large"));
            // Sent in chunks, without a length: counted as it is read.
            HttpResponse<String> chunked = ChunkedUpload.post("/api/donors",
                    Map.of("Authorization", token, "Content-Type", "application/json"), twoMegabytes);
            assertEquals(413, chunked.statusCode());
            assertEquals(PROBLEM_JSON, chunked.headers().firstValue("Content-Type").orElse(null));
            assertEquals("https://upr-fund.example/problems/payload-too-large", new JsonPath(chunked.body()).getString("type"));
        }
    }

    @Test
    void bulkUploadPathTakesItsOwnLargerLimitAndNoOtherPathDoes() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMegabytes, (byte) 'a');
        String token = "Bearer " + TestTokens.fieldOffice("NGA");
        // Within the batch path's 4M: passed on (projects-service is down here, hence 503, not 413).
        given().header("Authorization", token).contentType("application/json").body(twoMegabytes).post("/api/field-updates/sync")
                .then().statusCode(503).contentType(PROBLEM_JSON);
        // A path that only resembles it keeps the standard limit.
        given().header("Authorization", token).contentType("application/json").body(twoMegabytes).post("/api/field-updates/sync/")
                .then().statusCode(413).contentType(PROBLEM_JSON);
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(fiveMegabytes, (byte) 'a');
        given().header("Authorization", token).contentType("application/json").body(fiveMegabytes).post("/api/field-updates/sync")
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://upr-fund.example/problems/payload-too-large"));
    }

    @Test
    void bodyWithinTheLimitReachesTheServiceWhole() {
        String name = "n".repeat(200_000);
        String body = "{\"name\":\"" + name + "\"}";
        // Sent in chunks; the service gets it whole, with its length.
        HttpResponse<String> response = ChunkedUpload.post("/api/donors",
                Map.of("Authorization", "Bearer " + TestTokens.fundManager(), "Content-Type", "application/json"),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode());
        JsonPath echo = new JsonPath(response.body());
        assertEquals(body, echo.getString("body"));
        assertEquals(Integer.toString(body.length()), echo.getString("headers.content-length"));
        assertEquals(null, echo.getString("headers.transfer-encoding"));
    }

    @Test
    void ownedPathAndEverythingBelowItAreRoutedWithTheirQueryStrings() {
        given().get("/api/donors").then().statusCode(200).body("uri", equalTo("/api/donors"));
        given().get("/api/donors/").then().statusCode(200).body("uri", equalTo("/api/donors/"));
        given().get("/api/donors?page=1&size=5").then().statusCode(200).body("uri", equalTo("/api/donors?page=1&size=5"));
        given().get("/api/balances/2020/USD?asOf=2020-12-31").then().statusCode(200)
                .body("uri", equalTo("/api/balances/2020/USD?asOf=2020-12-31"));
    }

    @Test
    void problemFromTheServiceComesBackUnchanged() {
        String problem = given().get("/api/donors/missing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .extract().asString();

        assertEquals(StandInServices.MISSING_DONOR_PROBLEM, problem);
    }

    @Test
    void pathThatOnlyStartsLikeAnOwnedPathIsNotRouted() {
        given().get("/api/donorsAndMore")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://upr-fund.example/problems/not-found"))
                .body("instance", equalTo("/api/donorsAndMore"));
    }

    @Test
    void gatewayPathsAreServedByTheGatewayItself() {
        given().get("/api/fund/status").then().statusCode(200).body("donors.registered", notNullValue());
    }

    @Test
    void serviceThatIsDownGivesServiceUnavailableProblemNamingIt() {
        given().get("/api/projects/0d9b7a43-6c2e-4f67-a0f5-53f1f2a7a0b4?lang=fr")
                .then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://upr-fund.example/problems/service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("projects-service is not answering at the moment; try again shortly"))
                .body("service", equalTo("projects-service"));
    }

    @Test
    void writeToServiceThatIsDownGivesServiceUnavailableProblem() {
        given().contentType("application/json")
                .header("Authorization", "Bearer " + TestTokens.recommendationsEditor())
                .header("Idempotency-Key", "plan-1")
                .body("{\"recommendationId\":\"5d1c8f0e-4a7b-4c26-9b1e-6f3a2d9e8c10\"}")
                .post("/api/implementation-plans")
                .then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("service", equalTo("recommendations-service"));
    }

    @Test
    void serviceThatStaysSilentGivesServiceUnavailableProblem() {
        given().get(StandInServices.SILENT_PATH)
                .then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("service", equalTo("contributions-service"));
    }
}

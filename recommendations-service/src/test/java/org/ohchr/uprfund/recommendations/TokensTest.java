package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.HEADER;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.csvRow;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Writes need a recommendations editor's token, valid (signed by the suite's key, from its issuer, for this service, not
 * expired): without one a write is a 401 problem, with another role a 403 problem, and nothing is written. Reads need
 * no token. Fund managers and field offices do not write recommendations.
 */
@QuarkusTest
class TokensTest {

    @Inject
    TableRowCounts counts;

    private String recommendationId;

    @BeforeEach
    void recordOne() {
        recommendationId = RecommendationTestRequests.newRecommendation();
    }

    @Test
    void unfitTokensAreUnauthenticatedOnEveryWrite() {
        Map<String, String> unfit = new LinkedHashMap<>();
        unfit.put("no token", null);
        unfit.put("expired", TestTokens.expired());
        unfit.put("signed by another key", TestTokens.signedByAnotherKey());
        unfit.put("alg none", TestTokens.unsigned());
        unfit.put("another issuer", TestTokens.fromIssuer("https://elsewhere.example/issuer"));
        unfit.put("for another service", TestTokens.forAudience("contributions-service", "gateway"));
        unfit.put("not a token", "not.a.token");
        unfit.forEach((what, token) -> writes().forEach((write, call) -> counts.assertNothingWrittenBy(() -> call.apply(token)
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://upr-fund.example/problems/unauthenticated")))));
    }

    @Test
    void tokensWithoutTheEditorRoleAreForbiddenOnEveryWrite() {
        for (String token : new String[] { TestTokens.withoutRoles(), TestTokens.fundManager(), TestTokens.fieldOffice("KHM") }) {
            writes().forEach((write, call) -> counts.assertNothingWrittenBy(() -> call.apply(token)
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://upr-fund.example/problems/forbidden"))));
        }
    }

    @Test
    void aValidTokenForThisServiceIsAuthenticatedAndAnEditorWritesAndAnyoneReads() {
        // Issued for this service alone: authenticated (403, not 401), but a fund manager's.
        request(TestTokens.forAudience("recommendations-service")).body(recommendation(freshDocument(), "1"))
                .when().post("/api/recommendations").then().statusCode(403);
        request(TestTokens.recommendationsEditor()).body(recommendation(freshDocument(), "1"))
                .when().post("/api/recommendations").then().statusCode(201);
        given().when().get("/api/recommendations/" + recommendationId).then().statusCode(200);
    }

    private Map<String, Function<String, ValidatableResponse>> writes() {
        Map<String, Function<String, ValidatableResponse>> writes = new LinkedHashMap<>();
        writes.put("record", token -> request(token).body(recommendation(freshDocument(), "1")).when().post("/api/recommendations").then());
        writes.put("revise", token -> request(token).header("If-Match", "\"0\"").body(Map.of("mechanism", "UPR", "language", "en", "text", "x"))
                .when().put("/api/recommendations/" + recommendationId).then());
        writes.put("import", token -> request(token).contentType("text/csv; charset=utf-8")
                .body((HEADER + "\n" + csvRow(freshDocument(), "1", "Text")).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/recommendations/import").then());
        writes.put("status", token -> request(token).header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS"))
                .when().post("/api/implementation-plans/" + recommendationId + "/status-changes").then());
        writes.put("plan", token -> request(token).header("If-Match", "\"0\"").body(Map.of("priority", "HIGH"))
                .when().put("/api/implementation-plans/" + recommendationId).then());
        writes.put("accept", token -> request(token).when().post("/api/recommendations/" + recommendationId + "/sdg-suggestions/1.4/accept")
                .then());
        writes.put("reject", token -> request(token).when().post("/api/recommendations/" + recommendationId + "/sdg-suggestions/2.3/reject")
                .then());
        return writes;
    }

    private static RequestSpecification request(String token) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }
}

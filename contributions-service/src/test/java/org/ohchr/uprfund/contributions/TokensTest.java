package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The service checks a bearer token's signature, issuer, expiry and audience (its own name) before anything else: a
 * token that fails any of them is a 401 problem, one without the role a 403, and nothing is written.
 */
@QuarkusTest
class TokensTest {

    @Inject
    DonorRepository donors;

    @Test
    void unfitTokensAreUnauthenticated() {
        Map<String, String> unfit = Map.of(
                "expired", TestTokens.expired(),
                "signed by another key", TestTokens.signedByAnotherKey(),
                "alg none", TestTokens.unsigned(),
                "another issuer", TestTokens.fromIssuer("https://elsewhere.example/issuer"),
                "for another service", TestTokens.forAudience("projects-service", "gateway"),
                "not a token", "not.a.token");
        unfit.forEach((what, token) -> nothingWritten(() -> register(token)
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://upr-fund.example/problems/unauthenticated"))));
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        for (String token : new String[] { TestTokens.withoutRoles(), TestTokens.fieldOffice("NGA"), TestTokens.recommendationsEditor() }) {
            nothingWritten(() -> register(token).statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://upr-fund.example/problems/forbidden")));
        }
    }

    @Test
    void aFundManagerForThisServiceMayWrite() {
        register(TestTokens.forAudience("contributions-service")).statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Token test " + UUID.randomUUID(), "kind", "PRIVATE"))
                .when().post("/api/donors").then();
    }

    private void nothingWritten(Runnable request) {
        long before = donors.count();
        request.run();
        assertThat(donors.count()).isEqualTo(before);
    }
}

package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.recordPledge;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A unique violation means the client asked for something that exists: 409 saying what. Any other refusal of the
 * database is the service's fault: a logged 500 with a reference, never disguised as a conflict, never showing SQL.
 */
@QuarkusTest
class DatabaseErrorsTest {

    @Test
    void aUniqueViolationIsAConflictSayingWhatExists() {
        asFundManager().body(Map.of("name", "Tuvalu", "kind", "STATE", "iso3", "TUV")).when().post("/api/donors").then().statusCode(201);

        given().when().post("/test-only/database/state/TUV")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/already-exists"))
                .body("detail", equalTo("A donor with this ISO 3166-1 alpha-3 code is already registered"));
    }

    @Test
    void anyOtherConstraintViolationIsALoggedServerError() {
        String pledgeId = recordPledge(newDonor("Append only"), "100", "USD", null, "2020");

        given().when().post("/test-only/database/pledge/" + pledgeId + "/rewrite")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/internal-error"))
                .body("detail", startsWith("The request could not be completed; quote reference "))
                .body(not(containsString("UPDATE")), not(containsString("pledge_is_append_only")), not(containsString("org.")));
    }
}

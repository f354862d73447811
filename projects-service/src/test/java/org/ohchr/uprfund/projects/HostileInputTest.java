package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.ohchr.uprfund.projects.ProjectTestRequests.PROBLEM;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ChunkedUpload;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Bodies an attacker, or a broken client, sends: each is refused with a 4xx problem naming what is wrong, quickly, and
 * nothing is written. The error never shows a stack trace, SQL or a Java class name.
 */
@QuarkusTest
class HostileInputTest {

    private static final String EXPENDITURE = """
            {"spentOn": "2021-03-01", "costCategory": "STAFF", "amountUsd": %s, "description": %s}""";

    @Inject
    TableRowCounts entries;

    @Test
    void malformedJsonIsAProblem() {
        malformed("/api/expenditures", "{\"spentOn\": \"2021-03-01\",");
        malformed("/api/expenditures", EXPENDITURE.formatted("1", "\"x\"") + " {}");
        malformed("/api/projects", "not json at all");
        malformed("/api/expenditures", """
                {"spentOn": "2021-03-01", "costCategory": "STAFF", "amountUsd": 1, "amountUsd": 1000000, "description": "x"}""");
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() {
        refused("/api/expenditures", EXPENDITURE.formatted("\"ten\"", "\"x\""), "amountUsd");
        refused("/api/expenditures", EXPENDITURE.formatted("[1]", "\"x\""), "amountUsd");
        refused("/api/expenditures", EXPENDITURE.formatted("1", "42"), "description");
        refused("/api/expenditures", """
                {"spentOn": 20210301, "costCategory": "STAFF", "amountUsd": 1, "description": "x"}""", "spentOn");
        refused("/api/expenditures", """
                {"spentOn": "01/03/2021", "costCategory": "STAFF", "amountUsd": 1, "description": "x"}""", "spentOn");
        refused("/api/expenditures", """
                {"spentOn": "2021-03-01", "costCategory": "CATERING", "amountUsd": 1, "description": "x"}""", "costCategory");
        refused("/api/expenditures", """
                {"projectId": "not-a-uuid", "spentOn": "2021-03-01", "costCategory": "STAFF", "amountUsd": 1, "description": "x"}""",
                "projectId");
        refused("/api/projects", """
                {"code": "C-1", "iso3": "KEN", "title": "t", "budgetUsd": 1, "genderMarker": 1.5}""", "genderMarker");
        refused("/api/projects", """
                {"code": "C-2", "iso3": "KEN", "title": "t", "budgetUsd": 1, "sdgGoals": "16"}""", "sdgGoals");
    }

    @Test
    void unknownPropertiesAreRefusedNamingThem() {
        refused("/api/expenditures", """
                {"spentOn": "2021-03-01", "costCategory": "STAFF", "amountUsd": 1, "description": "x", "approvedBy": "me"}""", "approvedBy");
        refused("/api/projects", """
                {"code": "C-3", "iso3": "KEN", "title": "t", "budgetUsd": 1, "status": "ACTIVE"}""", "status");
    }

    @Test
    void absurdNumbersAreRefusedAtOnce() {
        for (String number : new String[] { "1e600000000", "-1e60000000", "1e-600000000", "\"" + "9".repeat(150) + "\"" }) {
            long started = System.nanoTime();
            refused("/api/expenditures", EXPENDITURE.formatted(number, "\"x\""), "amountUsd");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(number).isLessThan(Duration.ofSeconds(2));
        }
        refused("/api/expenditures", EXPENDITURE.formatted("1e20", "\"x\""), "amountUsd");
    }

    @Test
    void textPostgresqlCannotStoreIsRefused() {
        refused("/api/expenditures", EXPENDITURE.formatted("1", "\"Lunch\\u0000and more\""), "description");
        refused("/api/expenditures", EXPENDITURE.formatted("1", "\"Alone \\ud800 here\""), "description");
        String projectId = activeProject("KEN");
        refused("/api/projects/" + projectId + "/updates", """
                {"periodStart": "2021-01-01", "periodEnd": "2021-01-02", "status": "ON_TRACK", "narrative": "ok",
                 "indicators": [{"name": "a\\u0000b", "unit": "u"}]}""", "indicators[0].name");
    }

    @Test
    void datesOutsideTheYearsKeptAreRefused() {
        refused("/api/expenditures", """
                {"spentOn": "0001-01-01", "costCategory": "STAFF", "amountUsd": 1, "description": "x"}""", "spentOn");
        refused("/api/expenditures", """
                {"spentOn": "+10000-01-01", "costCategory": "STAFF", "amountUsd": 1, "description": "x"}""", "spentOn");
    }

    @Test
    void oversizedBodiesAreRefusedDeclaredOrChunked() {
        String big = EXPENDITURE.formatted("1", "\"" + "y".repeat(300 * 1024) + "\"");
        entries.assertNothingWrittenBy(() -> asFundManager().body(big).when().post("/api/expenditures")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413)));
        entries.assertNothingWrittenBy(() -> {
            HttpResponse<String> response = ChunkedUpload.post("/api/projects", Map.of("Authorization", "Bearer " + TestTokens.fundManager(),
                    "Content-Type", "application/json"), ("{\"code\": \"" + "z".repeat(400 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("payload-too-large");
        });
    }

    @Test
    void aMalformedIdOrIfMatchIsAClientError() {
        asFundManager().header("If-Match", "\"not a version").body(Map.of("status", "ACTIVE"))
                .when().post("/api/projects/" + activeProject("KEN") + "/status").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("If-Match"));
        asFundManager().header("Idempotency-Key", "x".repeat(201)).body(EXPENDITURE.formatted("1", "\"x\""))
                .when().post("/api/expenditures").then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
        asFundManager().body(Map.of("reason", "r", "spentOn", "2021-03-01")).when().post("/api/expenditures/" + UUID.randomUUID().toString()
                .toUpperCase() + "x/corrections").then().statusCode(404).contentType(PROBLEM);
    }

    private void refused(String path, String body, String field) {
        entries.assertNothingWrittenBy(() -> send(path, body).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(field))
                .body(not(containsString("Exception")), not(containsString("org.ohchr")), not(containsString("SQL"))));
    }

    private void malformed(String path, String body) {
        entries.assertNothingWrittenBy(() -> send(path, body).statusCode(400).contentType(PROBLEM)
                .body(not(containsString("Exception")), not(containsString("com.fasterxml"))));
    }

    private static ValidatableResponse send(String path, String body) {
        return asFundManager().body(body).when().post(path).then();
    }
}

package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.etag;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.SimultaneousRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Twenty secretariat clients read one active project and move it at the same moment with the ETag they read: exactly one
 * move is made, every other client is told its version is stale (412), and the history holds that one move alone.
 */
@QuarkusTest
class ConcurrentEditsTest {

    private static final int CLIENTS = 20;

    @Test
    void ofTwentyMovesWithOneETagExactlyOneIsMadeAndTheOthersAreStale() {
        String projectId = activeProject("KEN");
        String readETag = etag(projectId);
        int movesBefore = moves(projectId);

        List<Response> responses = SimultaneousRequests.send(CLIENTS, () -> asFundManager().header("If-Match", readETag)
                .body(Map.of("status", "SUSPENDED", "reason", "National state of emergency"))
                .post("/api/projects/" + projectId + "/status"));

        assertThat(responses).filteredOn(response -> response.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.statusCode() != 200).hasSize(CLIENTS - 1)
                .allSatisfy(response -> {
                    assertThat(response.statusCode()).isEqualTo(412);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.jsonPath().getString("type")).isEqualTo("https://upr-fund.example/problems/precondition-failed");
                });
        assertThat(moves(projectId)).isEqualTo(movesBefore + 1);
        assertThat(api().get("/api/projects/" + projectId).jsonPath().getString("status")).isEqualTo("SUSPENDED");
    }

    private static int moves(String projectId) {
        return api().get("/api/projects/" + projectId + "/status-changes?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }
}

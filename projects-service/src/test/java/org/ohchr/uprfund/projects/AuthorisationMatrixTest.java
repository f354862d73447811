package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.approval;
import static org.ohchr.uprfund.projects.ProjectTestRequests.approve;
import static org.ohchr.uprfund.projects.ProjectTestRequests.correction;
import static org.ohchr.uprfund.projects.ProjectTestRequests.etag;
import static org.ohchr.uprfund.projects.ProjectTestRequests.expenditure;
import static org.ohchr.uprfund.projects.ProjectTestRequests.moveTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.proposal;
import static org.ohchr.uprfund.projects.ProjectTestRequests.propose;
import static org.ohchr.uprfund.projects.ProjectTestRequests.spend;
import static org.ohchr.uprfund.projects.ProjectTestRequests.update;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ohchr.uprfund.testing.AuthorisationMatrixContract;
import org.ohchr.uprfund.testing.FreshIdempotencyKeys;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what. First the README's table, held against the OpenAPI document and the service (the contract). Then the
 * whole matrix of callers (a fund manager; a field office for KEN on a KEN project, and on an NGA project; a
 * recommendations editor; no token) and writes, each on data of its own: the status the caller gets, and for every
 * refusal, that nothing was written. Ids that do not exist are a 404 for every writer.
 */
@QuarkusTest
class AuthorisationMatrixTest extends AuthorisationMatrixContract {

    private static final LocalDate DAY = LocalDate.of(2021, 10, 1);
    private static final String OWN = "KEN";
    private static final String OTHER = "NGA";
    /** Operation -> caller -> status observed, printed as a table when the class is done. */
    private static final Map<Operation, Map<Caller, Integer>> OBSERVED = new ConcurrentHashMap<>();

    @Inject
    TableRowCounts entries;

    /** Who calls, and the State of the project the call writes for. */
    enum Caller {
        FUND_MANAGER("fund-manager", OTHER),
        FIELD_OFFICE_OWN_STATE("field-office (KEN), KEN project", OWN),
        FIELD_OFFICE_OTHER_STATE("field-office (KEN), NGA project", OTHER),
        RECOMMENDATIONS_EDITOR("recommendations-editor", OTHER),
        NO_TOKEN("no token", OTHER);

        final String label;
        final String state;

        Caller(String label, String state) {
            this.label = label;
            this.state = state;
        }

        RequestSpecification request() {
            RequestSpecification request = api().contentType(ContentType.JSON).filter(new FreshIdempotencyKeys());
            return switch (this) {
                case FUND_MANAGER -> request.auth().oauth2(TestTokens.fundManager());
                case FIELD_OFFICE_OWN_STATE, FIELD_OFFICE_OTHER_STATE -> request.auth().oauth2(TestTokens.fieldOffice(OWN));
                case RECOMMENDATIONS_EDITOR -> request.auth().oauth2(TestTokens.recommendationsEditor());
                case NO_TOKEN -> request;
            };
        }
    }

    /** A write, prepared on data of its own, and the status each caller must get (for a batch item: the item's). */
    enum Operation {
        PROPOSE("propose a project", "POST /api/projects", 201, 201, 403, 403, 401),
        APPROVE("approve a project", "POST /api/projects/{id}/approval", 200, 403, 403, 403, 401),
        CHANGE_STATUS("move a project (activate)", "POST /api/projects/{id}/status", 200, 403, 403, 403, 401),
        REVISE_BUDGET("revise a budget", "POST /api/projects/{id}/budget-revisions", 201, 403, 403, 403, 401),
        REPORT_PROGRESS("report progress", "POST /api/projects/{id}/updates", 201, 201, 403, 403, 401),
        RECORD_PROJECT_EXPENDITURE("record project expenditure", "POST /api/expenditures", 201, 201, 403, 403, 401),
        CORRECT_PROJECT_EXPENDITURE("correct project expenditure", "POST /api/expenditures/{id}/corrections", 201, 201, 403, 403, 401),
        CORRECT_EXPENDITURE_OF_CANCELLED_PROJECT("correct expenditure of a cancelled project", "POST /api/expenditures/{id}/corrections",
                201, 403, 403, 403, 401),
        CORRECT_EXPENDITURE_OF_COMPLETED_PROJECT("correct expenditure of a completed project", "POST /api/expenditures/{id}/corrections",
                201, 403, 403, 403, 401),
        RECORD_FUND_EXPENDITURE("record fund-level expenditure", "POST /api/expenditures", 201, 403, 403, 403, 401),
        CORRECT_FUND_EXPENDITURE("correct fund-level expenditure", "POST /api/expenditures/{id}/corrections", 201, 403, 403, 403, 401),
        SYNC_PROGRESS("batch item: progress update", "POST /api/field-updates/sync", 201, 201, 403, 403, 401),
        SYNC_PROJECT_EXPENDITURE("batch item: project expenditure", "POST /api/field-updates/sync", 201, 201, 403, 403, 401),
        SYNC_FUND_EXPENDITURE("batch item: fund-level expenditure", "POST /api/field-updates/sync", 201, 403, 403, 403, 401),
        PROGRESS_ON_UNKNOWN_PROJECT("report progress, unknown project id", "POST /api/projects/{id}/updates", 404, 404, 404, 403, 401),
        EXPENDITURE_ON_UNKNOWN_PROJECT("record expenditure, unknown project id", "POST /api/expenditures", 404, 404, 404, 403, 401),
        SYNC_ON_UNKNOWN_PROJECT("batch item: unknown project id", "POST /api/field-updates/sync", 404, 404, 404, 403, 401),
        READ_PROJECT("read a project, its updates and expenditure", "GET /api/projects/{id}...", 200, 200, 200, 200, 200);

        final String label;
        final String endpoint;
        final int[] expected;

        Operation(String label, String endpoint, int... expected) {
            this.label = label;
            this.endpoint = endpoint;
            this.expected = expected;
        }

        int expectedFor(Caller caller) {
            return expected[caller.ordinal()];
        }
    }

    static Stream<Arguments> matrix() {
        return Arrays.stream(Operation.values()).flatMap(operation -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(operation, caller)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void everyCallerGetsWhatTheMatrixSays(Operation operation, Caller caller) {
        Function<RequestSpecification, Integer> call = prepare(operation, caller.state);
        Map<String, Long> before = entries.now();
        int status = call.apply(caller.request());
        Map<String, Long> written = entries.since(before);
        OBSERVED.computeIfAbsent(operation, key -> new ConcurrentHashMap<>()).put(caller, status);

        assertThat(status).as(operation.label + " by " + caller.label).isEqualTo(operation.expectedFor(caller));
        if (status >= 400 || operation == Operation.READ_PROJECT) {
            assertThat(written).as("what " + operation.label + " by " + caller.label + " wrote")
                    .isEmpty();
        } else {
            assertThat(written.getOrDefault("outbox_event", 0L)).as("the event of " + operation.label + " by " + caller.label).isEqualTo(1);
        }
    }

    /** Sets up what the operation acts on, for a project of {@code state}; returns the call, giving the status to check. */
    private static Function<RequestSpecification, Integer> prepare(Operation operation, String state) {
        switch (operation) {
            case PROPOSE: {
                Map<String, Object> body = proposal(state);
                return request -> request.body(body).when().post("/api/projects").statusCode();
            }
            case APPROVE: {
                String id = propose(state);
                String etag = etag(id);
                return request -> request.header("If-Match", etag).body(approval("10.00")).when().post("/api/projects/" + id + "/approval")
                        .statusCode();
            }
            case CHANGE_STATUS: {
                String id = propose(state);
                approve(id, approval("10.00")).then().statusCode(200);
                String etag = etag(id);
                return request -> request.header("If-Match", etag).body(Map.of("status", "ACTIVE")).when()
                        .post("/api/projects/" + id + "/status").statusCode();
            }
            case REVISE_BUDGET: {
                String id = activeProject(state);
                String etag = etag(id);
                return request -> request.header("If-Match", etag)
                        .body(Map.of("revisedBudgetUsd", new BigDecimal("120000.00"), "effectiveOn", "2021-06-01", "reason", "More work"))
                        .when().post("/api/projects/" + id + "/budget-revisions").statusCode();
            }
            case REPORT_PROGRESS: {
                String id = activeProject(state);
                return request -> request.body(update(DAY, DAY, "Progress")).when().post("/api/projects/" + id + "/updates").statusCode();
            }
            case RECORD_PROJECT_EXPENDITURE: {
                String id = activeProject(state);
                return request -> request.body(expenditure(id, DAY, "STAFF", "10.00")).when().post("/api/expenditures").statusCode();
            }
            case CORRECT_PROJECT_EXPENDITURE: {
                String entry = spend(activeProject(state), DAY, "STAFF", "10.00");
                return request -> request.body(correction(DAY, "1.00")).when().post("/api/expenditures/" + entry + "/corrections")
                        .statusCode();
            }
            case CORRECT_EXPENDITURE_OF_CANCELLED_PROJECT:
            case CORRECT_EXPENDITURE_OF_COMPLETED_PROJECT: {
                String id = activeProject(state);
                String entry = spend(id, DAY, "STAFF", "10.00");
                String status = operation == Operation.CORRECT_EXPENDITURE_OF_CANCELLED_PROJECT ? "CANCELLED" : "COMPLETED";
                moveTo(id, status, "Over").then().statusCode(200);
                return request -> request.body(correction(DAY, "1.00")).when().post("/api/expenditures/" + entry + "/corrections")
                        .statusCode();
            }
            case RECORD_FUND_EXPENDITURE:
                return request -> request.body(expenditure(null, DAY, "STAFF", "10.00")).when().post("/api/expenditures").statusCode();
            case CORRECT_FUND_EXPENDITURE: {
                String entry = spend(null, DAY, "STAFF", "10.00");
                return request -> request.body(correction(DAY, "1.00")).when().post("/api/expenditures/" + entry + "/corrections")
                        .statusCode();
            }
            case SYNC_PROGRESS: {
                String id = activeProject(state);
                return request -> syncItem(request, FieldUpdateSyncTest.updateItem(id, "Batch progress"));
            }
            case SYNC_PROJECT_EXPENDITURE: {
                String id = activeProject(state);
                return request -> syncItem(request, FieldUpdateSyncTest.expenditureItem(expenditure(id, DAY, "STAFF", "10.00")));
            }
            case SYNC_FUND_EXPENDITURE:
                return request -> syncItem(request, FieldUpdateSyncTest.expenditureItem(expenditure(null, DAY, "STAFF", "10.00")));
            case PROGRESS_ON_UNKNOWN_PROJECT:
                return request -> request.body(update(DAY, DAY, "Nowhere")).when().post("/api/projects/" + UUID.randomUUID() + "/updates")
                        .statusCode();
            case EXPENDITURE_ON_UNKNOWN_PROJECT:
                return request -> request.body(expenditure(UUID.randomUUID().toString(), DAY, "STAFF", "10.00")).when()
                        .post("/api/expenditures").statusCode();
            case SYNC_ON_UNKNOWN_PROJECT:
                return request -> syncItem(request, FieldUpdateSyncTest.updateItem(UUID.randomUUID().toString(), "Nowhere"));
            case READ_PROJECT: {
                String id = activeProject(state);
                return request -> {
                    int project = request.when().get("/api/projects/" + id).statusCode();
                    int updates = request.when().get("/api/projects/" + id + "/updates").statusCode();
                    int spent = request.when().get("/api/expenditures/summary?projectId=" + id).statusCode();
                    return project == updates && updates == spent ? project : -1;
                };
            }
            default:
                throw new IllegalArgumentException(operation.name());
        }
    }

    /** The status of the batch's only item, or the batch's own status when the batch itself was refused. */
    private static int syncItem(RequestSpecification request, Map<String, Object> item) {
        Response response = request.body(Map.of("items", List.of(item))).when().post("/api/field-updates/sync");
        return response.statusCode() == 200 ? response.path("items[0].status") : response.statusCode();
    }

    @AfterAll
    static void printTheMatrix() throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("| operation | endpoint |");
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (Caller caller : Caller.values()) {
            header.append(' ').append(caller.label).append(" |");
            rule.append(" --- |");
        }
        lines.add(header.toString());
        lines.add(rule.toString());
        for (Operation operation : Operation.values()) {
            StringBuilder row = new StringBuilder("| " + operation.label + " | `" + operation.endpoint + "` |");
            for (Caller caller : Caller.values()) {
                Integer status = OBSERVED.getOrDefault(operation, Map.of()).get(caller);
                row.append(' ').append(status == null ? "not run" : status).append(" |");
            }
            lines.add(row.toString());
        }
        System.out.println(String.join("\n", lines));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "authorisation-matrix.md"), lines);
    }
}

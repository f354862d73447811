package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ohchr.uprfund.projects.ProjectTestRequests.PROBLEM;
import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFieldOffice;
import static org.ohchr.uprfund.projects.ProjectTestRequests.asFundManager;
import static org.ohchr.uprfund.projects.ProjectTestRequests.expenditure;
import static org.ohchr.uprfund.projects.ProjectTestRequests.moveTo;
import static org.ohchr.uprfund.projects.ProjectTestRequests.update;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.idempotency.IdempotencyRecordRepository;
import org.ohchr.uprfund.platform.idempotency.IdempotencyScope;
import org.ohchr.uprfund.testing.TableRowCounts;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The offline field office's batch: each item recorded or refused on its own, exactly as its single operation would, and
 * a batch sent again records nothing twice.
 */
@QuarkusTest
class FieldUpdateSyncTest {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TableRowCounts entries;

    @Inject
    IdempotencyRecordRepository idempotencyRecords;

    @Test
    void aMixedBatchRecordsTheGoodItemsAndRefusesEachBadOneAlone() {
        String own = activeProject("KEN");
        String other = activeProject("NGA");
        String cancelled = activeProject("KEN");
        moveTo(cancelled, "CANCELLED", "Withdrawn").then().statusCode(200);
        Map<String, Object> bothKinds = updateItem(own, "Both at once");
        bothKinds.put("expenditure", expenditure(own, DAY, "STAFF", "1.00"));
        Map<String, Object> keyless = expenditureItem(expenditure(own, DAY, "STAFF", "2.00"));
        keyless.remove("idempotencyKey");
        Map<String, Object> blank = updateItem(own, " ");
        List<Map<String, Object>> items = List.of(
                updateItem(own, "Workshop held online"),
                expenditureItem(expenditure(own, DAY, "GENERAL_OPERATING", "340.00")),
                updateItem(other, "A guessed project of another State"),
                expenditureItem(expenditure(UUID.randomUUID().toString(), DAY, "STAFF", "5.00")),
                expenditureItem(expenditure(own, DAY, "STAFF", "0.00")),
                expenditureItem(expenditure(null, DAY, "STAFF", "9.00")),
                updateItem(cancelled, "After the cancellation"),
                keyless,
                bothKinds,
                blank);
        Map<String, Long> before = entries.now();

        JsonPath result = sync(asFieldOffice("KEN"), items).statusCode(200).body("items", hasSize(10)).extract().jsonPath();

        assertThat(result.getList("items.outcome")).containsExactly("CREATED", "CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED");
        assertThat(result.getList("items.status", Integer.class)).containsExactly(201, 201, 403, 404, 400, 403, 409, 400, 400, 400);
        assertThat(result.getInt("created")).isEqualTo(2);
        assertThat(result.getInt("refused")).isEqualTo(8);
        assertThat(result.getString("items[0].target")).isEqualTo("POST /api/projects/" + own + "/updates");
        assertThat(result.getString("items[0].location")).endsWith("/api/projects/" + own + "/updates/" + result.getString("items[0].entry.id"));
        assertThat(result.getString("items[1].entry.iso3")).isEqualTo("KEN");
        assertThat(result.getString("items[2].problem.type")).isEqualTo("https://upr-fund.example/problems/forbidden");
        assertThat(result.getString("items[4].problem.violations[0].field")).isEqualTo("items[4].expenditure.amountUsd");
        assertThat(result.getString("items[5].problem.detail")).contains("fund-level");
        assertThat(result.getString("items[7].problem.violations[0].field")).isEqualTo("items[7].idempotencyKey");
        assertThat(result.getString("items[9].problem.violations[0].field")).isEqualTo("items[9].progressUpdate.narrative");
        // A new expenditure entry is a new aggregate, numbered from 1; the update continues its project's count.
        assertThat(entries.since(before)).isEqualTo(Map.of("progress_update", 1L, "expenditure", 1L, "outbox_event", 2L,
                "outbox_aggregate_sequence", 1L, "idempotency_record", 2L));
        api().when().get(result.getString("items[0].location").replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body("narrative", equalTo("Workshop held online"));

        Map<String, Long> afterFirst = entries.now();
        JsonPath again = sync(asFieldOffice("KEN"), items).statusCode(200).extract().jsonPath();
        assertThat(again.getList("items.outcome")).containsExactly("REPLAYED", "REPLAYED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED");
        assertThat(again.getString("items[0].entry.id")).isEqualTo(result.getString("items[0].entry.id"));
        assertThat(again.getString("items[1].location")).isEqualTo(result.getString("items[1].location"));
        assertThat(again.getInt("replayed")).isEqualTo(2);
        assertThat(entries.since(afterFirst)).isEmpty();
    }

    @Test
    void aKeyIsSharedWithTheSingleOperationAndRefusedWithAnotherEntry() {
        String projectId = activeProject("UGA");
        Map<String, Object> sentAlone = expenditure(projectId, DAY, "STAFF_TRAVEL", "910.00");
        String key = UUID.randomUUID().toString();
        String id = asFieldOffice("UGA").header("Idempotency-Key", key).body(sentAlone).when().post("/api/expenditures")
                .then().statusCode(201).extract().path("id");

        Map<String, Object> item = expenditureItem(sentAlone);
        item.put("idempotencyKey", key);
        Map<String, Long> before = entries.now();
        sync(asFieldOffice("UGA"), List.of(item)).statusCode(200)
                .body("items[0].outcome", equalTo("REPLAYED"), "items[0].entry.id", equalTo(id), "replayed", equalTo(1));
        assertThat(entries.since(before)).isEmpty();

        Map<String, Object> changed = expenditureItem(expenditure(projectId, DAY, "STAFF_TRAVEL", "919.00"));
        changed.put("idempotencyKey", key);
        sync(asFieldOffice("UGA"), List.of(changed)).statusCode(200)
                .body("items[0].outcome", equalTo("REFUSED"), "items[0].status", equalTo(422),
                        "items[0].problem.type", equalTo("https://upr-fund.example/problems/idempotency-key-reused"));
        assertThat(entries.since(before)).isEmpty();

        Map<String, Object> syncedFirst = updateItem(projectId, "Synced first, then sent alone");
        String updateId = sync(asFieldOffice("UGA"), List.of(syncedFirst)).statusCode(200).body("items[0].outcome", equalTo("CREATED"))
                .extract().path("items[0].entry.id");
        Map<String, Long> afterSync = entries.now();
        asFieldOffice("UGA").header("Idempotency-Key", (String) syncedFirst.get("idempotencyKey")).body(syncedFirst.get("progressUpdate"))
                .when().post("/api/projects/" + projectId + "/updates").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(updateId));
        assertThat(entries.since(afterSync)).isEmpty();

        String otherCaller = TestTokens.fundManager("another-office@test");
        sync(ProjectTestRequests.as(otherCaller), List.of(syncedFirst)).statusCode(200).body("items[0].outcome", equalTo("CREATED"));
    }

    @Test
    void aKeyIsSharedWithTheSingleOperationWhateverCaseOrFormItsPathIsWrittenIn() {
        String projectId = activeProject("UGA");
        Map<String, Object> item = updateItem(projectId, "Sent alone to an upper-case path, then in a batch");
        String key = (String) item.get("idempotencyKey");
        String id = asFieldOffice("UGA").header("Idempotency-Key", key).body(item.get("progressUpdate"))
                .when().post("/api/projects/" + projectId.toUpperCase() + "/updates").then().statusCode(201).extract().path("id");

        Map<String, Long> before = entries.now();
        sync(asFieldOffice("UGA"), List.of(item)).statusCode(200)
                .body("items[0].outcome", equalTo("REPLAYED"), "items[0].entry.id", equalTo(id), "replayed", equalTo(1));
        for (String path : List.of("/api/projects/" + projectId + "/updates/", "/api/projects/%" + Integer.toHexString(projectId.charAt(0))
                + projectId.substring(1) + "/%75pdates")) {
            asFieldOffice("UGA").urlEncodingEnabled(false).header("Idempotency-Key", key).body(item.get("progressUpdate"))
                    .when().post(path).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        }
        assertThat(entries.since(before)).isEmpty();
    }

    @Test
    void anItemWhoseKeyIsBusyElsewhereIsRefusedAloneAndItsGroupIsRecordedWithoutIt() throws Exception {
        String projectId = activeProject("UGA");
        Map<String, Object> busy = updateItem(projectId, "Sent at the same time by another request");
        IdempotencyScope scope = new IdempotencyScope("field-office@test", "POST", "/api/projects/" + projectId + "/updates",
                (String) busy.get("idempotencyKey"));
        CountDownLatch held = new CountDownLatch(1);
        Thread other = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            idempotencyRecords.lock(scope, 1000);
            held.countDown();
            try {
                Thread.sleep(12_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Map<String, Long> before = entries.now();

        JsonPath result = sync(asFieldOffice("UGA"), List.of(updateItem(projectId, "Before"), busy,
                expenditureItem(expenditure(projectId, DAY, "STAFF", "3.00")))).statusCode(200).extract().jsonPath();

        other.join();
        assertThat(result.getList("items.outcome")).containsExactly("CREATED", "REFUSED", "CREATED");
        assertThat(result.getInt("items[1].status")).isEqualTo(409);
        assertThat(result.getString("items[1].problem.type")).isEqualTo("https://upr-fund.example/problems/idempotency-in-progress");
        // A new expenditure entry is a new aggregate, numbered from 1; the update continues its project's count.
        assertThat(entries.since(before)).isEqualTo(Map.of("progress_update", 1L, "expenditure", 1L, "outbox_event", 2L,
                "outbox_aggregate_sequence", 1L, "idempotency_record", 2L));
        sync(asFieldOffice("UGA"), List.of(busy)).statusCode(200).body("items[0].outcome", equalTo("CREATED"));
    }

    @Test
    void fiveHundredItemsAreRecordedInOneBatch() throws Exception {
        String projectId = activeProject("MYS");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            items.add(updateItem(projectId, "Day " + i));
            items.add(expenditureItem(expenditure(projectId, DAY, "GENERAL_OPERATING", "1.0" + (i % 10))));
        }
        byte[] body = JSON.writeValueAsBytes(Map.of("items", items));
        assertThat(body.length).as("under the standard body limit, so that it shows the item limit alone").isLessThan(256 * 1024);
        Map<String, Long> before = entries.now();
        long started = System.nanoTime();

        JsonPath result = asFieldOffice("MYS").body(body).when().post("/api/field-updates/sync").then().statusCode(200)
                .extract().jsonPath();

        System.out.printf("500-item batch of %d bytes recorded in %d ms%n", body.length, (System.nanoTime() - started) / 1_000_000);
        assertThat(result.getInt("created")).isEqualTo(500);
        assertThat(entries.since(before)).isEqualTo(Map.of("progress_update", 250L, "expenditure", 250L, "outbox_event", 500L,
                "outbox_aggregate_sequence", 250L, "idempotency_record", 500L));
        api().queryParam("projectId", projectId).when().get("/api/expenditures/summary").then().statusCode(200)
                .body("totalUsd", equalTo(new BigDecimal("261.25")), "entries", equalTo(250));
    }

    @Test
    void aBatchOverTheItemLimitEmptyOrNotABatchWritesNothing() throws Exception {
        String projectId = activeProject("MRT");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            items.add(expenditureItem(expenditure(projectId, DAY, "STAFF", "1.00")));
        }
        nothingWritten(() -> sync(asFundManager(), items).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("items"), "violations[0].message", containsString("at most 500")));
        nothingWritten(() -> sync(asFundManager(), List.of()).statusCode(400).body("violations[0].field", equalTo("items")));
        nothingWritten(() -> asFundManager().body("{}").when().post("/api/field-updates/sync").then().statusCode(400));
        nothingWritten(() -> asFundManager().body("{\"items\": {}}").when().post("/api/field-updates/sync").then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("items")));
        Map<String, Object> misspelt = expenditureItem(expenditure(projectId, DAY, "STAFF", "1.00"));
        misspelt.put("idempotencykey", "x");
        nothingWritten(() -> sync(asFundManager(), List.of(expenditureItem(expenditure(projectId, DAY, "STAFF", "1.00")), misspelt))
                .statusCode(400).body("violations[0].field", equalTo("items[1].idempotencykey")));
        nothingWritten(() -> asFundManager().body("{\"items\": [").when().post("/api/field-updates/sync").then().statusCode(400)
                .contentType(PROBLEM));
    }

    @Test
    void aBatchMayBeLargerThanOtherRequestsButNotWithoutBound() throws Exception {
        String projectId = activeProject("BHS");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(updateItem(projectId, "Long report " + i + ": " + "n".repeat(15_000)));
        }
        byte[] large = JSON.writeValueAsBytes(Map.of("items", items));
        assertThat(large.length).isGreaterThan(256 * 1024);
        asFieldOffice("BHS").body(large).when().post("/api/field-updates/sync").then().statusCode(200).body("created", equalTo(20));

        byte[] huge = ("{\"items\": [" + "\"x\",".repeat(1_100_000) + "\"x\"]}").getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(4 * 1024 * 1024);
        nothingWritten(() -> asFieldOffice("BHS").body(huge).when().post("/api/field-updates/sync").then().statusCode(413)
                .contentType(PROBLEM));
        byte[] aboveStandard = JSON.writeValueAsBytes(update(DAY, DAY, "n".repeat(20_000) + "x".repeat(250_000)));
        nothingWritten(() -> asFieldOffice("BHS").body(aboveStandard).when().post("/api/projects/" + projectId + "/updates")
                .then().statusCode(413).contentType(PROBLEM));
    }

    @Test
    void aBatchNeedsAWritersToken() {
        String projectId = activeProject("KEN");
        List<Map<String, Object>> items = List.of(updateItem(projectId, "Anonymous"));
        nothingWritten(() -> api().contentType(ContentType.JSON).body(Map.of("items", items)).when().post("/api/field-updates/sync")
                .then().statusCode(401).contentType(PROBLEM));
        nothingWritten(() -> sync(ProjectTestRequests.as(TestTokens.recommendationsEditor()), items).statusCode(403).contentType(PROBLEM));
    }

    static Map<String, Object> updateItem(String projectId, String narrative) {
        Map<String, Object> item = new HashMap<>();
        item.put("idempotencyKey", UUID.randomUUID().toString());
        item.put("projectId", projectId);
        item.put("progressUpdate", update(DAY, DAY, narrative));
        return item;
    }

    static Map<String, Object> expenditureItem(Map<String, Object> expenditure) {
        Map<String, Object> item = new HashMap<>();
        item.put("idempotencyKey", UUID.randomUUID().toString());
        item.put("expenditure", expenditure);
        return item;
    }

    static ValidatableResponse sync(RequestSpecification caller, List<Map<String, Object>> items) {
        return caller.body(Map.of("items", items)).when().post("/api/field-updates/sync").then();
    }

    private void nothingWritten(Runnable request) {
        entries.assertNothingWrittenBy(request);
    }
}

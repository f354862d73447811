package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The gateway's refusals before a write's body is read, and its bulk uploads: streamed to the service, bounded per
 * caller and in all, and awaited as long as a bulk write takes. Against {@link StandInServices}: contributions-service
 * is up (its stand-in takes bulk uploads on {@link StandInServices#BULK_PATH}), the two others are down.
 */
@QuarkusTest
class EdgeAuthenticationTest {

    private static final String IMPORT = "/api/recommendations/import";
    private static final long HUNDRED_AND_THIRTY_MEGABYTES = 130L * 1024 * 1024;
    /** What a client may push while nobody reads: its own small send buffer and the server's unread receive buffer. */
    private static final long UNREAD_AT_MOST = 4L * 1024 * 1024;

    @Test
    void anonymousUploadOfAHundredAndThirtyMegabytesIsRefusedOnItsHeadersAlone() {
        try (RawUpload upload = RawUpload.start("POST", IMPORT, Map.of("Content-Type", "text/csv",
                "Content-Length", Long.toString(HUNDRED_AND_THIRTY_MEGABYTES)))) {
            RawUpload.Answer answer = upload.answer(Duration.ofSeconds(5));

            assertEquals(401, answer.status());
            assertTrue(answer.millis() < 1_000, "the 401 took " + answer.millis() + " ms");
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertEquals("Bearer", answer.header("WWW-Authenticate"));
            assertEquals("close", answer.header("Connection"));
            JsonPath problem = new JsonPath(answer.body());
            assertEquals("https://upr-fund.example/problems/unauthenticated", problem.getString("type"));
            assertEquals(IMPORT, problem.getString("instance"));
            assertTrue(problem.getString("detail").contains("recommendations-service"), problem.getString("detail"));
        }
    }

    @Test
    void anonymousChunkedUploadThatNeverEndsGetsItsRefusalAndItsBodyIsNeverRead() {
        assertRefusedUnread(Map.of(), 401);
    }

    @Test
    void forgedTokensOnAnEndlessUploadAreRefusedWithoutReadingIt() {
        for (String forged : new String[] { TestTokens.signedByAnotherKey(), TestTokens.unsigned(), TestTokens.expired(),
                TestTokens.fromIssuer("https://evil.example/issuer"), TestTokens.forAudience("gateway") }) {
            assertRefusedUnread(Map.of("Authorization", "Bearer " + forged), 401);
        }
    }

    @Test
    void tokenWithNoRoleOfTheSuiteIsForbiddenWithoutReadingTheBody() {
        assertRefusedUnread(Map.of("Authorization", "Bearer " + TestTokens.withoutRoles()), 403);
    }

    @Test
    void tokenIsCheckedForTheServiceTheWriteGoesTo() {
        String forContributions = TestTokens.forAudience("contributions-service");
        given().header("Authorization", "Bearer " + forContributions).contentType("application/json").body("{}")
                .post("/api/donors").then().statusCode(201);
        given().header("Authorization", "Bearer " + forContributions).contentType("application/json").body("{}")
                .post("/api/implementation-plans").then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("This operation needs a valid bearer token: signed by the suite's key, for "
                        + "recommendations-service, not expired"));
    }

    @Test
    void malformedAuthorizationHeadersAreRefused() {
        String valid = TestTokens.fundManager();
        for (String authorization : new String[] { "", "Bearer", "Bearer ", "Basic " + valid, valid, "Bearer x.y.z",
                "Bearer " + "a".repeat(10_000) }) {
            given().header("Authorization", authorization).contentType("application/json").body("{}").post("/api/donors")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        // The same token twice: which one would the service read? Neither is taken.
        given().header("Authorization", "Bearer " + valid).header("Authorization", "Bearer " + valid)
                .contentType("application/json").body("{}").post("/api/donors").then().statusCode(401);
        // The scheme in any case, as RFC 9110 has it.
        given().header("Authorization", "bEaReR " + valid).contentType("application/json").body("{}").post("/api/donors")
                .then().statusCode(201);
    }

    @Test
    void readsStayOpenToAnyoneButABodyOnAReadNeedsAToken() {
        given().get("/api/donors").then().statusCode(200);
        given().head("/api/donors").then().statusCode(200);
        given().contentType("application/json").body("{\"huge\":true}").get("/api/donors").then().statusCode(401);
    }

    @Test
    void everyWriteMethodNeedsAToken() {
        for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
            given().request(method, "/api/donors/5b0a1f52-8d3c-4f0e-9a57-2a61c4d0b7e1").then().statusCode(401)
                    .contentType("application/problem+json");
            given().header("Authorization", "Bearer " + TestTokens.fundManager())
                    .request(method, "/api/donors/5b0a1f52-8d3c-4f0e-9a57-2a61c4d0b7e1").then().statusCode(200)
                    .body("method", equalTo(method));
        }
    }

    @Test
    void declaredLengthOverThePathsLimitIsRefusedBeforeAnyOfTheBodyIsSent() {
        Map<String, String> fundManager = Map.of("Authorization", "Bearer " + TestTokens.recommendationsEditor(),
                "Content-Type", "text/csv", "Content-Length", Long.toString(HUNDRED_AND_THIRTY_MEGABYTES));
        try (RawUpload upload = RawUpload.start("POST", IMPORT, fundManager)) {
            RawUpload.Answer answer = upload.answer(Duration.ofSeconds(5));
            assertEquals(413, answer.status());
            assertEquals("https://upr-fund.example/problems/payload-too-large", new JsonPath(answer.body()).getString("type"));
        }
        try (RawUpload upload = RawUpload.start("POST", "/api/donors", Map.of("Authorization", "Bearer " + TestTokens.fundManager(),
                "Content-Type", "application/json", "Content-Length", Integer.toString(300 * 1024)))) {
            assertEquals(413, upload.answer(Duration.ofSeconds(5)).status());
        }
    }

    @Test
    void bulkBodyIsStreamedToTheServiceWhileTheClientIsStillSendingIt() {
        byte[] half = filled(2 * 1024 * 1024);
        long before = StandInServices.bulkBytesReceived();
        try (RawUpload upload = RawUpload.start("POST", StandInServices.BULK_PATH, Map.of("Authorization",
                "Bearer " + TestTokens.fundManager("streaming@test"), "Content-Type", "text/csv",
                "Content-Length", Integer.toString(2 * half.length)))) {
            upload.send(half);
            // A gateway that held bodies would pass on nothing before the last byte.
            await().atMost(Duration.ofSeconds(10)).until(() -> StandInServices.bulkBytesReceived() - before >= half.length / 2);
            upload.send(half);
            RawUpload.Answer answer = upload.answer(Duration.ofSeconds(10));

            assertEquals(200, answer.status());
            JsonPath echo = new JsonPath(answer.body());
            assertEquals(2 * half.length, echo.getLong("bytes"));
            assertEquals(Integer.toString(2 * half.length), echo.getString("contentLength"));
        }
    }

    @Test
    void bulkBodyInChunksReachesTheServiceInChunks() {
        byte[] body = filled(3 * 1024 * 1024);
        var response = org.ohchr.uprfund.testing.ChunkedUpload.post(StandInServices.BULK_PATH,
                Map.of("Authorization", "Bearer " + TestTokens.fundManager("chunks@test"), "Content-Type", "text/csv"), body);
        assertEquals(200, response.statusCode());
        JsonPath echo = new JsonPath(response.body());
        assertEquals(body.length, echo.getLong("bytes"));
        assertEquals("chunked", echo.getString("transferEncoding"));
    }

    @Test
    void bulkUploadsPastTheBoundPerCallerOrInAllGetTooManyRequestsWithRetryAfter() {
        // The test profile lets one upload per caller and two in all be under way.
        RawUpload first = holding("alice@test");
        try {
            RawUpload.Answer again = refusedAtOnce("alice@test");
            assertEquals(429, again.status());
            assertEquals("10", again.header("Retry-After"));
            JsonPath problem = new JsonPath(again.body());
            assertEquals("https://upr-fund.example/problems/too-many-requests", problem.getString("type"));
            assertTrue(problem.getString("detail").startsWith("You have 1 uploads under way"), problem.getString("detail"));

            RawUpload second = holding("bob@test");
            try {
                RawUpload.Answer third = refusedAtOnce("carol@test");
                assertEquals(429, third.status());
                assertTrue(new JsonPath(third.body()).getString("detail").startsWith("The gateway has 2 uploads under way"));
            } finally {
                finish(second);
            }
        } finally {
            finish(first);
        }
        // Their places are free again.
        finish(holding("alice@test"));
        finish(holding("carol@test"));
    }

    @Test
    void uploadWhoseClientGoesAwayGivesItsPlaceBack() {
        holding("dave@test").close();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            RawUpload next = start("dave@test");
            next.send(new byte[] { 'x' });
            try {
                // Admitted: its bytes reach the service, as a refused upload's never would.
                long before = StandInServices.bulkBytesReceived();
                next.send(filled(1024));
                await().atMost(Duration.ofSeconds(2)).until(() -> StandInServices.bulkBytesReceived() > before);
            } finally {
                next.close();
            }
        });
    }

    @Test
    void bulkWriteIsAwaitedPastTheOrdinaryResponseTimeout() {
        // The stand-in answers 3 s after the body; ordinary routes give a service 2 s of silence in tests.
        byte[] body = filled(1024);
        long started = System.nanoTime();
        given().header("Authorization", "Bearer " + TestTokens.fundManager("slow-import@test")).contentType("text/csv")
                .body(body).post(StandInServices.BULK_PATH + "?answerAfterMs=3000")
                .then().statusCode(200).body("bytes", equalTo(body.length));
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 3_000);
    }

    /** An endless chunked upload to the import path, answered {@code status} while the gateway reads none of it. */
    private static void assertRefusedUnread(Map<String, String> extraHeaders, int status) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", "text/csv");
        headers.put("Transfer-Encoding", "chunked");
        try (RawUpload upload = RawUpload.start("POST", IMPORT, headers)) {
            CompletableFuture<Long> sending = CompletableFuture.supplyAsync(() -> upload.sendChunksWithoutEnd(HUNDRED_AND_THIRTY_MEGABYTES));
            RawUpload.Answer answer = upload.answer(Duration.ofSeconds(5));
            assertEquals(status, answer.status());
            assertTrue(answer.millis() < 1_000, "the " + status + " took " + answer.millis() + " ms");
            assertEquals("application/problem+json", answer.header("Content-Type"));
            // The gateway closes the connection a moment after its answer, having read none of what followed.
            long sent = sending.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            assertTrue(sent < UNREAD_AT_MOST, "the client could send " + sent + " bytes of body: the gateway read them");
        }
    }

    private static RawUpload start(String subject) {
        return RawUpload.start("POST", StandInServices.BULK_PATH, Map.of("Authorization", "Bearer " + TestTokens.fundManager(subject),
                "Content-Type", "text/csv", "Content-Length", "2048"));
    }

    /** An upload admitted and under way: the service has its first bytes, the rest waits for {@link #finish}. */
    private static RawUpload holding(String subject) {
        long before = StandInServices.bulkBytesReceived();
        RawUpload upload = start(subject).send(filled(1024));
        await().atMost(Duration.ofSeconds(10)).until(() -> StandInServices.bulkBytesReceived() - before >= 1024);
        return upload;
    }

    private static RawUpload.Answer refusedAtOnce(String subject) {
        try (RawUpload upload = start(subject)) {
            return upload.answer(Duration.ofSeconds(5));
        }
    }

    private static void finish(RawUpload upload) {
        try (upload) {
            upload.send(filled(1024));
            assertEquals(200, upload.answer(Duration.ofSeconds(10)).status());
        }
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}

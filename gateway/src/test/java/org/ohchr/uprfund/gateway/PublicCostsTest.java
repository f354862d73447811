package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.service.report.FundStatusSnapshot;
import org.ohchr.uprfund.testing.TestTokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * What anyone can make the gateway spend on public reads is bounded: reads without a token per client address, the
 * event stream's subscribers (who share one keep-alive timer), and fund status computed at past dates.
 */
@QuarkusTest
@TestProfile(PublicCostsProfile.class)
class PublicCostsTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/api/fund/events")
    URI events;

    @Inject
    FundStatusSnapshot snapshot;

    @Inject
    MeterRegistry metrics;

    @Test
    void theReadPastTheLimitOfAnAddressGetsA429WithRetryAfterWhileOtherAddressesAndTokenHoldersGoOn() {
        String client = "198.51.100.1";
        for (int i = 0; i < PublicCostsProfile.READS_PER_WINDOW; i++) {
            assertNotEquals(429, read("/api/fund/statements", client, null).statusCode(), "read " + (i + 1));
        }
        Response refused = read("/api/fund/statements", client, null);
        refused.then().statusCode(429).contentType(PROBLEM)
                .body("type", equalTo("https://upr-fund.example/problems/too-many-requests"), "status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
        // The ready answer of fund status and a HEAD count as reads too; a forged token is no token.
        assertEquals(429, read("/api/fund/status", client, null).statusCode());
        assertEquals(429, given().header("X-Forwarded-For", client).head("/api/fund/statements").statusCode());
        assertEquals(429, read("/api/fund/status", client, TestTokens.signedByAnotherKey()).statusCode());
        assertEquals(429, read("/api/fund/status", client, "not.a.token").statusCode());

        assertEquals(200, read("/api/fund/status", client, TestTokens.fundManager()).statusCode(), "a token holder");
        assertEquals(200, read("/api/fund/status", "198.51.100.2", null).statusCode(), "another address");
        // A write is not a read: refused for want of a token, not counted.
        assertEquals(401, given().header("X-Forwarded-For", client).contentType("application/json").body("{}")
                .post("/api/fund/stated-figures").statusCode());
    }

    @Test
    void clientsOfOneIpv6BlockShareTheirLimit() {
        for (int i = 0; i < PublicCostsProfile.READS_PER_WINDOW; i++) {
            assertNotEquals(429, read("/api/fund/status", "2001:db8:7:1::" + (i + 1), null).statusCode());
        }
        assertEquals(429, read("/api/fund/status", "2001:db8:7:1:ffff::9", null).statusCode());
        assertEquals(200, read("/api/fund/status", "2001:db8:7:2::1", null).statusCode());
    }

    @Test
    void theEventStreamTakesItsCapOfSubscribersWhoGetEveryChangeAndOneTimerTicksForThemAll() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Stream> open = new ArrayList<>();
        try {
            for (int i = 0; i < PublicCostsProfile.MAX_SUBSCRIBERS; i++) {
                open.add(Stream.open(http, events));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> open.stream().allMatch(stream -> stream.received(": ?keep-alive")));

            // One more is refused with a problem, for a while.
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(events).header("Authorization", "Bearer " + TestTokens.fundManager())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, refused.statusCode());
            assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(refused.body().contains("service-unavailable"), refused.body());
            assertEquals("30", refused.headers().firstValue("Retry-After").orElse(""));

            // Those in get every change.
            snapshot.changed();
            await().atMost(Duration.ofSeconds(10)).until(() -> open.stream().allMatch(stream -> stream.received("event: ?fund-changed")));

            // The keep-alives of all subscribers come from one timer: its ticks do not multiply with them.
            double ticksBefore = ticks();
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).until(() -> ticks() - ticksBefore >= 15);
            double ticked = ticks() - ticksBefore;
            double periods = (System.nanoTime() - started) / 1e6 / PublicCostsProfile.KEEP_ALIVE_MILLIS;
            assertTrue(ticked <= periods + 3, ticked + " ticks in " + periods + " periods, for " + open.size() + " subscribers");
            assertTrue(ticked >= periods / 3, ticked + " ticks in " + periods + " periods");

            // A subscriber that goes makes room for another.
            open.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                try {
                    open.add(Stream.open(http, events));
                    return true;
                } catch (IllegalStateException full) {
                    return false;
                }
            });
        } finally {
            open.forEach(Stream::close);
        }
    }

    @Test
    void pastDatesBeyondThoseComputedAtOnceAreRefusedForAWhileNeverFailed() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
            List<String> retryAfters = new CopyOnWriteArrayList<>();
            for (int round = 0; round < 10 && !statuses.contains(503); round++) {
                List<Future<?>> requests = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    requests.add(clients.submit(() -> {
                        Response response = given().header("Authorization", "Bearer " + TestTokens.fundManager())
                                .queryParam("asOf", "2019-12-31").get("/api/fund/status");
                        statuses.add(response.statusCode());
                        if (response.statusCode() == 503) {
                            retryAfters.add(response.header("Retry-After"));
                            response.then().contentType(PROBLEM).body("type", equalTo("https://upr-fund.example/problems/service-unavailable"));
                        }
                    }));
                }
                for (Future<?> request : requests) {
                    request.get();
                }
            }
            assertTrue(statuses.contains(503), "some past date refused while another was computed: " + statuses);
            assertTrue(statuses.contains(200), "some past date answered: " + statuses);
            assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 503), statuses.toString());
            assertTrue(retryAfters.stream().allMatch("1"::equals), retryAfters.toString());
        } finally {
            clients.shutdownNow();
        }
    }

    private double ticks() {
        return metrics.counter("fund_events_keep_alive_ticks").count();
    }

    private static Response read(String path, String client, String token) {
        var request = given().header("X-Forwarded-For", client);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.get(path);
    }

    /** One subscriber, with a token (reads with one are not limited), keeping every line it received. */
    private static final class Stream implements AutoCloseable {

        private final InputStream body;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        private Stream(InputStream body) {
            this.body = body;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException closed) {
                    // the test closed it
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** @throws IllegalStateException when the stream refuses the subscriber */
        static Stream open(HttpClient http, URI events) throws IOException, InterruptedException {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(events).header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + TestTokens.fundManager()).build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IllegalStateException("refused: " + response.statusCode());
            }
            return new Stream(response.body());
        }

        /** Whether a line received matches {@code pattern} (a field's colon may be followed by a space or not). */
        boolean received(String pattern) {
            return lines.stream().anyMatch(line -> line.matches(pattern));
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}

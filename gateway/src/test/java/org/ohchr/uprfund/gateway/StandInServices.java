package org.ohchr.uprfund.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * What the gateway routes to in tests. contributions-service is played by a small HTTP server that echoes what it
 * received (method, URI, headers, body) so tests can see what the proxy passed on, and that serves an OpenAPI
 * document at {@code /q/openapi?format=json}; projects-service and recommendations-service are down (a port nothing
 * listens on).
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    public static final String CREATED_DONOR_ID = "5b0a1f52-8d3c-4f0e-9a57-2a61c4d0b7e1";
    public static final String MISSING_DONOR_PROBLEM = "{\"type\":\"https://upr-fund.example/problems/not-found\","
            + "\"title\":\"Not Found\",\"status\":404,\"detail\":\"No donor has id missing\",\"instance\":\"/api/donors/missing\"}";
    /** The stand-in's API document, as contributions-service serves it at /q/openapi?format=json, cut down to one path. */
    public static final String OPENAPI_DOCUMENT = "{\"openapi\":\"3.1.0\","
            + "\"info\":{\"title\":\"UPR Voluntary Fund: contributions (stand-in)\",\"version\":\"1.0.0\"},"
            + "\"paths\":{\"/api/donors\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK\"}}}}}}";
    /** A path the stand-in never answers, to see the gateway's response timeout. */
    public static final String SILENT_PATH = "/api/donors/silent";
    /**
     * A bulk path of contributions-service in tests (a body limit of its own, see application.properties): the stand-in
     * counts what arrives as it arrives ({@link #bulkBytesReceived()}) and answers with the count once the body ends
     * (after {@code ?answerAfterMs=}, when given).
     */
    public static final String BULK_PATH = "/api/donors/import";

    private static final AtomicLong BULK_BYTES = new AtomicLong();

    private static Vertx vertx;
    private static HttpServer contributions;
    private static int port;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        port = 0;
        startContributions();
        String down = "http://127.0.0.1:" + closedPort();
        return Map.of(
                "fund.gateway.routes.contributions.url", "http://127.0.0.1:" + port,
                "fund.gateway.routes.projects.url", down,
                "fund.gateway.routes.recommendations.url", down);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage().toCompletableFuture());
            vertx = null;
        }
    }

    /** Stops the contributions stand-in, as a service that is stopped: its port refuses connections. */
    public static synchronized void stopContributions() {
        await(contributions.close().toCompletionStage().toCompletableFuture());
    }

    /** Starts the contributions stand-in, again on the port it had. */
    public static synchronized void startContributions() {
        contributions = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals(BULK_PATH)) {
                countBulkBody(request);
            } else {
                request.body().onSuccess(body -> respond(request, body));
            }
        });
        port = await(contributions.listen(port, "127.0.0.1").map(HttpServer::actualPort).toCompletionStage().toCompletableFuture());
    }

    /** The bytes of bulk bodies that reached the stand-in so far, the one under way included. */
    public static long bulkBytesReceived() {
        return BULK_BYTES.get();
    }

    private static void countBulkBody(HttpServerRequest request) {
        AtomicLong bytes = new AtomicLong();
        request.handler(chunk -> {
            bytes.addAndGet(chunk.length());
            BULK_BYTES.addAndGet(chunk.length());
        });
        // ?answerAfterMs= holds the answer that long after the body ended, as an import does while it writes.
        long answerAfter = Long.parseLong(request.params().get("answerAfterMs") == null ? "0" : request.params().get("answerAfterMs"));
        request.endHandler(ended -> vertx.setTimer(Math.max(1, answerAfter), fired -> request.response()
                .putHeader("Content-Type", "application/json").end(new JsonObject()
                        .put("bytes", bytes.get())
                        .put("contentLength", request.getHeader("Content-Length"))
                        .put("transferEncoding", request.getHeader("Transfer-Encoding"))
                        .put("authorization", request.getHeader("Authorization")).encode())));
    }

    private static void respond(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (path.equals(SILENT_PATH)) {
            return;
        }
        if (path.equals("/api/donors/missing")) {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json").end(MISSING_DONOR_PROBLEM);
            return;
        }
        if (path.equals("/q/openapi") && "json".equals(request.getParam("format"))) {
            request.response().putHeader("Content-Type", "application/json;charset=UTF-8").end(OPENAPI_DOCUMENT);
            return;
        }
        JsonObject headers = new JsonObject();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
        JsonObject echo = new JsonObject()
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("body", body.toString());
        if (request.method().name().equals("POST") && path.equals("/api/donors")) {
            request.response().setStatusCode(201)
                    .putHeader("Location", "/api/donors/" + CREATED_DONOR_ID)
                    .putHeader("ETag", "\"0\"");
        }
        // A service of the suite answers with the platform's security headers.
        request.response().putHeader("X-Content-Type-Options", "nosniff").putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "no-referrer").putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        request.response().putHeader("Content-Type", "application/json").end(echo.encode());
    }

    /** A port that was free a moment ago: connections to it are refused. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for a service that is down", e);
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The stand-in services did not start or stop", e);
        }
    }
}

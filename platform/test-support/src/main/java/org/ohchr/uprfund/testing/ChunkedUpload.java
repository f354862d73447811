package org.ohchr.uprfund.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * A POST whose body goes out in chunks, without Content-Length, to the application under test (RestAssured always
 * declares the length, even of a stream). A server answers such a request before it has read the body only if it counts
 * the bytes as they come.
 */
public final class ChunkedUpload {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ChunkedUpload() {
    }

    /** Posts {@code body} to {@code path} of the application RestAssured is pointed at, with {@code headers}. */
    public static HttpResponse<String> post(String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(30))
                // A stream of unknown length: the client cannot declare it, so it sends chunks.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " in chunks failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting " + path, e);
        }
    }
}

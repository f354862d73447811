package org.ohchr.uprfund.deploy.measure;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;

/**
 * The write the latency benchmarks time: registering a private donor, the smallest write that publishes an event, each
 * with a key of its own so that none is answered from a replay.
 */
public final class DonorRegistration {

    private DonorRegistration() {
    }

    /** {@code POST donors} registering a private donor named {@code name}, as the holder of {@code token}. */
    public static HttpRequest request(URI donors, String token, String name) {
        return HttpRequest.newBuilder(donors)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"kind\": \"PRIVATE\"}"))
                .build();
    }
}

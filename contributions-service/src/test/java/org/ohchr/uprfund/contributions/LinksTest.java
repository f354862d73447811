package org.ohchr.uprfund.contributions;

import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The links a service writes come from its trusted proxy's forwarding headers (the gateway's, built from its configured
 * public URL) or from the address the connection reached; never from the {@code Host} header. The tests call from
 * 127.0.0.1, a trusted proxy by default; {@link UntrustedCallerLinksTest} calls from an address that is not.
 */
@QuarkusTest
class LinksTest {

    /** The address the test's connection reached, with the port the application listens on. */
    static final String OWN_ADDRESS = "http://(127\\.0\\.0\\.1|\\[0:0:0:0:0:0:0:1\\]):[0-9]+/api/donors/[0-9a-f-]{36}";

    @Test
    void forwardingHeadersOfATrustedProxyMakeTheLinks() {
        register(Map.of("X-Forwarded-Host", "fund.example.org", "X-Forwarded-Proto", "https"))
                .then().statusCode(201).header("Location", startsWith("https://fund.example.org/api/donors/"));
    }

    @Test
    void theHostHeaderNeverMakesALink() {
        register(Map.of("Host", "evil.example"))
                .then().statusCode(201).header("Location", matchesPattern(OWN_ADDRESS));
    }

    @Test
    void malformedForwardingHeadersAreIgnored() {
        register(Map.of("X-Forwarded-Host", "evil.example/phishing?x=", "X-Forwarded-Proto", "https"))
                .then().statusCode(201).header("Location", matchesPattern(OWN_ADDRESS));
        register(Map.of("X-Forwarded-Host", "fund.example.org", "X-Forwarded-Proto", "javascript"))
                .then().statusCode(201).header("Location", matchesPattern(OWN_ADDRESS));
    }

    static io.restassured.response.Response register(Map<String, String> headers) {
        return asFundManager().headers(headers).body(Map.of("name", "Linked " + UUID.randomUUID(), "kind", "PRIVATE"))
                .when().post("/api/donors");
    }
}

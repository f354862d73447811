package org.ohchr.uprfund.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/**
 * The headers every answer of the suite carries, set once for all services by the platform
 * ({@code quarkus.http.filter.*-headers} in service-support's configuration): no content sniffing, no framing, no
 * referrer sent elsewhere, and one Content Security Policy: an API answer may load nothing, a page only what its own
 * server serves.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** Asserts the headers on an answer of the API (data, never a page), {@code what} naming it in a failure. */
    public static void assertOnData(String what, Response response) {
        assertOn(what, response);
        assertThat(response.header("Content-Security-Policy")).as(what + ": Content-Security-Policy")
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    /** Asserts the headers on any answer, a page's or the API's, {@code what} naming it in a failure. */
    public static void assertOn(String what, Response response) {
        assertThat(response.statusCode()).as(what + ": answered").isLessThan(500);
        assertThat(response.header("X-Content-Type-Options")).as(what + ": X-Content-Type-Options").isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).as(what + ": X-Frame-Options").isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).as(what + ": Referrer-Policy").isEqualTo("no-referrer");
        assertThat(response.header("Content-Security-Policy")).as(what + ": Content-Security-Policy")
                .containsAnyOf("default-src 'none'", "default-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("*", "unsafe-eval", "http:", "https:");
        assertThat(response.headers().getValues("Content-Security-Policy")).as(what + ": one policy").hasSize(1);
    }
}

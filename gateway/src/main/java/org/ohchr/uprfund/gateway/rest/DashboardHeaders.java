package org.ohchr.uprfund.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * The dashboard's security headers, on the page, its scripts and styles and the chart library: a Content Security
 * Policy that lets the page load and run only what the gateway itself serves (no inline script, no other origin, no
 * framing), and no MIME sniffing, no referrer, no powerful features. The services' answers passed on by the gateway are
 * left as they are.
 */
@ApplicationScoped
public class DashboardHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String PAGES = "^/(index\\.html|dashboard/.*|webjars/.*)?$";

    void register(@Observes Router router) {
        router.routeWithRegex(PAGES).order(-1).handler(context -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            context.next();
        });
    }
}

package org.ohchr.uprfund.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The limit on request bodies ({@link BodyLimits}: {@code fund.http.max-body-size}, or the request path's own), for a
 * body that declares its length: such a request is answered with the 413 problem before its body is read, and the connection is closed once the client had a moment
 * to read the answer ({@link LingeringClose}). A body sent in chunks, without
 * a length, is counted as it is read ({@link BoundedEntityReader}) and gets the same 413 problem.
 * <p>
 * This route runs just before Quarkus' own check of {@code quarkus.http.limits.max-body-size} (order -2), which answers
 * with an empty body; that limit is kept higher, as a backstop.
 */
@ApplicationScoped
public class RequestBodyLimit {

    public static final int ORDER = -3;

    private final RouterErrorProblems problems;
    private final BodyLimits limits;

    RequestBodyLimit(RouterErrorProblems problems, BodyLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null && isOverLimit(declared, limits.forPath(context.request().path()))) {
            problems.payloadTooLarge(context);
        } else {
            context.next();
        }
    }

    private static boolean isOverLimit(String declared, long limit) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // left to Vert.x, which refuses a malformed Content-Length itself
        }
    }
}

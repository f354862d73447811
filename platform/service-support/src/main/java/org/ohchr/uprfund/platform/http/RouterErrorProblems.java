package org.ohchr.uprfund.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ohchr.uprfund.platform.problem.PayloadTooLargeException;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Errors raised below the REST layer, by the HTTP router itself (a path nothing serves, a body over the limit while it
 * is buffered for a proxied route, a malformed request), answered with the same problems as the REST layer's.
 */
@ApplicationScoped
public class RouterErrorProblems {

    private final ObjectMapper json;
    private final BodyLimits bodyLimits;

    RouterErrorProblems(ObjectMapper json, BodyLimits bodyLimits) {
        this.json = json;
        this.bodyLimits = bodyLimits;
    }

    void install(@Observes Router router) {
        router.errorHandler(400, this::malformed);
        router.errorHandler(404, context -> respond(context, ProblemType.NOT_FOUND, "Nothing is served at " + context.request().path()));
        router.errorHandler(405, context -> respond(context, ProblemType.METHOD_NOT_ALLOWED,
                "This method is not allowed on " + context.request().path()));
        router.errorHandler(413, this::payloadTooLarge);
    }

    /**
     * For a route's {@code failureHandler}: a route that fails with 400 or 413 (a Vert.x {@code BodyHandler} over its
     * limit, for one) gets its problem here, since Quarkus' own failure handler, which runs before the router's error
     * handlers, would answer with an empty body.
     */
    public void respondToFailure(RoutingContext context) {
        switch (context.statusCode()) {
            case 400 -> malformed(context);
            case 413 -> payloadTooLarge(context);
            default -> context.next();
        }
    }

    private void malformed(RoutingContext context) {
        respond(context, ProblemType.MALFORMED_REQUEST, "The request is malformed");
    }

    /** The 413 problem; the connection then closes, once the client had a moment to read it ({@link LingeringClose}). */
    void payloadTooLarge(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> LingeringClose.drainThenClose(context.vertx(), context.request()));
        respond(context, ProblemType.PAYLOAD_TOO_LARGE, PayloadTooLargeException.detail(bodyLimits.forPath(context.request().path())));
    }

    /** Answers with the problem of {@code type}, unless the response has begun; headers already put on it are kept. */
    public void respond(RoutingContext context, ProblemType type, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        Problem problem = Problem.of(type, detail, context.request().path());
        try {
            context.response()
                    .setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(type.status()).end();
        }
    }
}

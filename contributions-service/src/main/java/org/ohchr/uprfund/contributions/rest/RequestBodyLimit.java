package org.ohchr.uprfund.contributions.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json, as every other error of the service. Quarkus checks the same limit in a route of order -2 that answers
 * with an empty body; this route runs just before it. (A chunked body without Content-Length that grows past the limit
 * is still stopped by Quarkus while it is read, with its plain 413.)
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** Runs before Quarkus' own check of the body size, which is registered at order -2. */
    static final int ORDER = -3;

    private final ObjectMapper objectMapper;
    private final MemorySize limit;

    RequestBodyLimit(ObjectMapper objectMapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.objectMapper = objectMapper;
        this.limit = limit;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared == null || !isOverLimit(declared)) {
            context.next();
            return;
        }
        Problem problem = Problem.of("payload-too-large", "Request body too large", 413,
                "The request body exceeds the " + limit.asLongValue() + " bytes this service accepts", context.request().path());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(json(problem));
    }

    private boolean isOverLimit(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit.asLongValue();
        } catch (NumberFormatException e) {
            return false; // left to Vert.x, which refuses a malformed Content-Length itself
        }
    }

    private String json(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem cannot be written as JSON", e);
        }
    }
}

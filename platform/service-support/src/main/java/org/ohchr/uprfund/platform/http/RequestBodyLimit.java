package org.ohchr.uprfund.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ohchr.uprfund.platform.problem.PayloadTooLargeException;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The limit on request bodies ({@code fund.http.max-body-size}), for a body that declares its length: such a request
 * is answered with the 413 problem before its body is read, and the connection is closed once the client had a moment
 * to read the answer ({@link LingeringClose}). A body sent in chunks, without
 * a length, is counted as it is read ({@link BoundedEntityReader}) and gets the same 413 problem.
 * <p>
 * This route runs just before Quarkus' own check of {@code quarkus.http.limits.max-body-size} (order -2), which answers
 * with an empty body; that limit is kept higher, as a backstop.
 */
@ApplicationScoped
public class RequestBodyLimit {

    static final int ORDER = -3;

    private final ObjectMapper objectMapper;
    private final long limit;

    RequestBodyLimit(ObjectMapper objectMapper, HttpConfig config) {
        this.objectMapper = objectMapper;
        this.limit = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    public long limit() {
        return limit;
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared == null || !isOverLimit(declared)) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, PayloadTooLargeException.detail(limit), context.request().path());
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .endHandler(ended -> LingeringClose.drainThenClose(context.vertx(), context.request()))
                .end(json(problem));
    }

    private boolean isOverLimit(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // left to Vert.x, which refuses a malformed Content-Length itself
        }
    }

    private String json(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem cannot be written as JSON", e);
        }
    }
}

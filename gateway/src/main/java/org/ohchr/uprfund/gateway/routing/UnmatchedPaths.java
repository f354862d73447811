package org.ohchr.uprfund.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ohchr.uprfund.gateway.rest.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A path that nothing serves (no service route, no gateway endpoint, no static file) gets a 404 problem,
 * not an empty body. 404s raised inside the gateway's own endpoints go through {@code ProblemExceptionMappers}.
 */
@ApplicationScoped
public class UnmatchedPaths {

    void registerNotFoundHandler(@Observes Router router, ObjectMapper json) {
        router.errorHandler(404, rc -> notFound(rc, json));
    }

    private static void notFound(RoutingContext rc, ObjectMapper json) {
        if (rc.response().headWritten()) {
            return;
        }
        String path = rc.request().path();
        Problem problem = Problem.of(404, "Not Found", "Nothing is served at " + path, path);
        try {
            rc.response()
                    .setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.response().setStatusCode(404).end();
        }
    }
}

package org.ohchr.uprfund.gateway.routing;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Turns a service that cannot answer into a 503 problem naming it.
 * <p>
 * The Vert.x HTTP proxy reports every failure to obtain the origin's response (connection refused, connect timeout,
 * no response within the idle timeout, connection reset) as a failed {@link ProxyContext#sendRequest()} future, which
 * it would otherwise turn into an empty 502. This interceptor recovers that future with its own response, so the
 * client receives {@code application/problem+json} at once. Responses that do arrive, errors included, pass unchanged.
 */
final class ServiceUnavailableInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ServiceUnavailableInterceptor.class);

    private final String service;
    private final ObjectMapper json;

    ServiceUnavailableInterceptor(String service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            String path = context.request().proxiedRequest().path();
            LOG.warnf("%s did not answer %s %s: %s", service, context.request().getMethod(), path, failure.toString());
            // Lets the client's unread request body drain, as the proxy does on its own failures.
            context.request().release();
            return Future.succeededFuture(context.request().response()
                    .setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(problemJson(path)))));
        });
    }

    private String problemJson(String path) {
        try {
            return json.writeValueAsString(Problem.serviceUnavailable(service, path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record could not be written as JSON", e);
        }
    }
}

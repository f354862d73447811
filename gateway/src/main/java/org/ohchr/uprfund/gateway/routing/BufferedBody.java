package org.ohchr.uprfund.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Sends the service the request body the gateway has read in full ({@link ServiceRoutes} reads it, up to the body
 * limit), with its length: a body over the limit is answered by the gateway's own 413 before any of it reaches a
 * service, so a service never closes a connection on the gateway in the middle of a request.
 */
final class BufferedBody implements ProxyInterceptor {

    /** Where the route handler leaves the body, on the request's own context. */
    static final String LOCAL = "fund.gateway.request-body";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Buffer body = Vertx.currentContext().getLocal(LOCAL);
        context.request().setBody(body == null || body.length() == 0 ? null : Body.body(body));
        return context.sendRequest();
    }
}

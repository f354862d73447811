package org.ohchr.uprfund.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service where the client sent its request ({@code X-Forwarded-Host}, {@code X-Forwarded-Proto}), so that
 * the links it writes, such as a 201's {@code Location}, point at the gateway and not at the service's own address.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        if (incoming.host() != null) {
            request.headers().set("X-Forwarded-Host", incoming.host());
        }
        request.headers().set("X-Forwarded-Proto", incoming.scheme());
        return context.sendRequest();
    }
}

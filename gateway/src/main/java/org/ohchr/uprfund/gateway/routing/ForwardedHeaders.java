package org.ohchr.uprfund.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service where clients reach the suite, so that the links it writes (a 201's {@code Location}) point at the
 * gateway: {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} come from the gateway's configured public URL, never
 * from the request. Whatever forwarding headers a client sent ({@code X-Forwarded-*}, {@code Forwarded}) are dropped, so
 * no request can make a service write a link to another host; {@code X-Forwarded-For} names the client's address.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    private final String proto;
    private final String host;

    ForwardedHeaders(URI publicUrl) {
        this.proto = publicUrl.getScheme().toLowerCase(Locale.ROOT);
        this.host = publicUrl.getPort() < 0 ? publicUrl.getHost() : publicUrl.getHost() + ":" + publicUrl.getPort();
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        MultiMap headers = request.headers();
        List<String> forged = headers.names().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("x-forwarded-") || name.equalsIgnoreCase("forwarded"))
                .toList();
        forged.forEach(headers::remove);
        headers.set("X-Forwarded-Proto", proto);
        headers.set("X-Forwarded-Host", host);
        SocketAddress client = request.proxiedRequest().remoteAddress();
        if (client != null) {
            headers.set("X-Forwarded-For", client.hostAddress());
        }
        return context.sendRequest();
    }
}

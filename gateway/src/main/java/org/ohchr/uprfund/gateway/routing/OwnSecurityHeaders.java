package org.ohchr.uprfund.gateway.routing;

import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.ConfigProvider;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * The gateway sets the platform's security headers on every answer ({@code quarkus.http.filter.security-headers}), those
 * it passes on from a service too; the service set the same ones, and the proxy adds rather than replaces. The service's
 * copies are dropped, so that a client gets each header once (two Content Security Policies would both be enforced).
 */
final class OwnSecurityHeaders implements ProxyInterceptor {

    private static final String PREFIX = "quarkus.http.filter.security-headers.header.";

    private final List<String> names;

    private OwnSecurityHeaders(List<String> names) {
        this.names = names;
    }

    /** The headers the gateway's configuration sets on every answer. */
    static OwnSecurityHeaders configured() {
        return new OwnSecurityHeaders(StreamSupport.stream(ConfigProvider.getConfig().getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(PREFIX)).map(name -> name.substring(PREFIX.length()).replace("\"", "")).toList());
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        names.forEach(context.response().headers()::remove);
        return context.sendResponse();
    }
}

package org.ohchr.uprfund.platform.http;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriBuilder;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Builds the links a service writes (a 201's {@code Location}, links between resources) so that no request can point
 * them at another host. Through a trusted proxy (the gateway, {@code fund.http.trusted-proxies}) they start with the
 * proxy's {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}, which the gateway takes from its configured public
 * URL; otherwise with the address the client's connection reached. The {@code Host} header is never used.
 */
@ApplicationScoped
public class PublicLinks {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");
    private static final Pattern PROTO = Pattern.compile("https?");

    /** Each resource's {@code @Path}, read once rather than by reflection on every link. */
    private static final ClassValue<String> RESOURCE_PATHS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> resource) {
            Path path = resource.getAnnotation(Path.class);
            if (path == null) {
                throw new IllegalArgumentException(resource.getName() + " has no @Path");
            }
            return path.value();
        }
    };

    private final CurrentVertxRequest current;
    private final TrustedProxies proxies;

    PublicLinks(CurrentVertxRequest current, HttpConfig config) {
        this.current = current;
        this.proxies = new TrustedProxies(config.trustedProxies());
    }

    /** The link to {@code resource}'s path (its {@code @Path}) followed by {@code segments}, such as an id. */
    public URI to(Class<?> resource, Object... segments) {
        UriBuilder builder = UriBuilder.fromUri(base()).path(RESOURCE_PATHS.get(resource));
        for (Object segment : segments) {
            builder.path(segment.toString());
        }
        return builder.build();
    }

    /** Scheme, host and port the client can reach this service at. */
    public URI base() {
        HttpServerRequest request = current.getCurrent().request();
        SocketAddress remote = request.remoteAddress();
        if (remote != null && proxies.trusts(remote.hostAddress())) {
            String host = first(request.getHeader("X-Forwarded-Host"));
            String proto = first(request.getHeader("X-Forwarded-Proto"));
            if (host != null && HOST.matcher(host).matches() && proto != null && PROTO.matcher(proto).matches()) {
                return URI.create(proto + "://" + host);
            }
        }
        SocketAddress local = request.localAddress();
        String address = local.hostAddress().contains(":") ? "[" + local.hostAddress() + "]" : local.hostAddress();
        return URI.create(request.scheme() + "://" + address + ":" + local.port());
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }
}

package org.ohchr.uprfund.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.config.BulkUploadConfig;
import org.ohchr.uprfund.gateway.config.GatewayConfig;
import org.ohchr.uprfund.platform.http.BodyLimits;
import org.ohchr.uprfund.platform.http.RouterErrorProblems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.httpproxy.HttpProxy;

/**
 * The single entry point: every path a service owns ({@code fund.gateway.routes.<service>.paths}) is reverse-proxied
 * to that service with the Vert.x HTTP proxy. Requests go on with their headers (Authorization, Idempotency-Key,
 * If-Match, Accept-Language, Content-Type...; forwarding headers are the gateway's own, see {@link ForwardedHeaders})
 * and their body; the service's status, headers and body come back unchanged.
 * <p>
 * A write is let in only with a token the service would take ({@link EdgeAuthentication}), before its body is read.
 * Its body is then read in full up to the path's limit ({@link BodyLimits}, {@link BufferedBody}), except on a bulk
 * path (one with a limit of its own above the standard one: a CSV import, a field office's batch), whose body is
 * streamed to the service as it comes, within the bounds of {@link UploadSlots}, and whose answer the gateway awaits
 * as long as a bulk write takes ({@link BulkUploadConfig#responseTimeout()}).
 * When the service cannot be reached or stays silent, {@link ServiceUnavailableInterceptor} answers 503 instead.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    /** The Vert.x context local Quarkus' HTTP metrics read the route template from (keeps /q/metrics free of ids). */
    private static final String METRICS_PATH_TEMPLATE = "UrlPathTemplate";

    void registerRoutes(@Observes Router router, Vertx vertx, GatewayConfig config, BulkUploadConfig bulk, BodyLimits bodyLimits,
            ObjectMapper json, RouterErrorProblems problems, EdgeAuthentication edge, UploadSlots uploads) {
        HttpClient client = serviceClient(vertx, config);
        Handler<RoutingContext> bodies = bodyHandlers(bodyLimits);
        config.routes().forEach((name, route) -> {
            HttpProxy proxy = proxyTo(name, route, client, config.responseTimeout(), config, json).addInterceptor(new BufferedBody());
            HttpProxy streaming = proxyTo(name, route, client, bulk.responseTimeout(), config, json);
            Handler<RoutingContext> gate = edge.forService(serviceName(name), route.audience().orElse(serviceName(name)));
            for (String path : route.paths()) {
                String prefix = withoutTrailingSlash(path);
                String template = prefix + "/**";
                router.routeWithRegex(ownedPathPattern(prefix)).order(EdgeAuthentication.ORDER).handler(gate);
                router.routeWithRegex(ownedPathPattern(prefix)).handler(rc -> {
                    Vertx.currentContext().putLocal(METRICS_PATH_TEMPLATE, template);
                    if (isBulkPath(bodyLimits, rc.request().path())) {
                        uploads.admit(rc);
                    } else {
                        bodies.handle(rc);
                    }
                }).handler(rc -> {
                    if (isBulkPath(bodyLimits, rc.request().path())) {
                        streaming.handle(rc.request());
                        return;
                    }
                    if (rc.body().buffer() != null) {
                        Vertx.currentContext().putLocal(BufferedBody.LOCAL, rc.body().buffer());
                    }
                    proxy.handle(rc.request());
                }).failureHandler(problems::respondToFailure);
            }
            LOG.infof("Routing %s (and below) to %s at %s",
                    String.join(", ", route.paths()), serviceName(name), route.url());
        });
    }

    /** A path that takes bulk uploads: a body limit of its own, above the standard one. */
    static boolean isBulkPath(BodyLimits limits, String path) {
        return limits.forPath(path) > limits.standard();
    }

    /**
     * Reads a request's body before it is proxied, up to its path's limit: the standard one, or the larger one of a
     * path with a limit of its own that is not a bulk path.
     */
    static Handler<RoutingContext> bodyHandlers(BodyLimits limits) {
        Map<Long, BodyHandler> byLimit = new ConcurrentHashMap<>();
        return context -> byLimit.computeIfAbsent(limits.forPath(context.request().path()),
                limit -> BodyHandler.create(false).setBodyLimit(limit)).handle(context);
    }

    /** The client the proxies reach the services with: bounded connection pools, connect timeout from the config. */
    static HttpClient serviceClient(Vertx vertx, GatewayConfig config) {
        return vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
                .setMaxPoolSize(config.maxConnectionsPerService()));
    }

    /**
     * A reverse proxy to the service, answering a 503 problem naming it when the service cannot answer, or stays silent
     * for {@code responseTimeout}.
     */
    static HttpProxy proxyTo(String name, GatewayConfig.Route route, HttpClient client, Duration responseTimeout,
            GatewayConfig config, ObjectMapper json) {
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(originRequest(route, responseTimeout, config)))
                .addInterceptor(new ServiceUnavailableInterceptor(serviceName(name), json))
                .addInterceptor(new ForwardedHeaders(config.publicUrl()))
                .addInterceptor(OwnSecurityHeaders.configured());
    }

    /** {@code contributions} is called contributions-service in logs and problems. */
    static String serviceName(String name) {
        return name + "-service";
    }

    /** The path itself and everything below it; {@code /api/donors} matches {@code /api/donors/1} but not {@code /api/donorsX}. */
    private static String ownedPathPattern(String prefix) {
        return "^" + Pattern.quote(prefix) + "(/.*)?$";
    }

    /**
     * The request to the service: the connect timeout bounds getting a connection (from the pool or a new one), the
     * idle timeout bounds each silence of the service while answering.
     */
    private static RequestOptions originRequest(GatewayConfig.Route route, Duration responseTimeout, GatewayConfig config) {
        URI url = route.url();
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : (tls ? 443 : 80);
        return new RequestOptions()
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(tls)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(responseTimeout.toMillis());
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

package org.ohchr.uprfund.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.config.GatewayConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Each service's OpenAPI document, served by the gateway at {@code /openapi/<service>} so that the gateway's Swagger
 * UI can offer every API of the suite (see {@code quarkus.swagger-ui.urls.*}). The document is the service's own
 * ({@code fund.gateway.routes.<service>.openapi-path}, in JSON), passed on unchanged by the same proxy machinery as the
 * service's paths: a service that cannot answer gives the 503 problem naming it.
 * <p>
 * The services' documents declare no server, so Swagger UI sends "Try it out" requests to the gateway, which routes
 * them to the service.
 */
@ApplicationScoped
public class ApiDocumentRoutes {

    private static final Logger LOG = Logger.getLogger(ApiDocumentRoutes.class);

    /** Where the gateway serves the services' documents: {@code /openapi/contributions} and so on. */
    private static final String PATH_PREFIX = "/openapi/";

    void registerRoutes(@Observes Router router, Vertx vertx, GatewayConfig config, ObjectMapper json) {
        HttpClient client = ServiceRoutes.serviceClient(vertx, config);
        config.routes().forEach((name, route) -> {
            String documentUri = route.openapiPath() + "?format=json";
            HttpProxy proxy = ServiceRoutes.proxyTo(name, route, client, config.responseTimeout(), config, json)
                    .addInterceptor(new RequestUri(documentUri));
            String path = PATH_PREFIX + name;
            router.get(path).handler(rc -> proxy.handle(rc.request()));
            LOG.infof("Serving the API document of %s at %s (from its %s)", ServiceRoutes.serviceName(name), path,
                    documentUri);
        });
    }

    /**
     * Sends the proxied request to a fixed URI of the service instead of the one the client asked for (the client's
     * path and query string are not passed on). Headers go on unchanged.
     */
    private static final class RequestUri implements ProxyInterceptor {

        private final String uri;

        RequestUri(String uri) {
            this.uri = uri;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            context.request().setURI(uri);
            return context.sendRequest();
        }
    }
}

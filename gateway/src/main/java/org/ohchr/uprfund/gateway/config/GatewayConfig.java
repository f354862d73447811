package org.ohchr.uprfund.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the gateway reaches the services: {@code fund.gateway.routes.<service>.url}, {@code .paths} and
 * {@code .openapi-path}. A path routes itself and everything below it ({@code /api/donors} and {@code /api/donors/...}).
 */
@ConfigMapping(prefix = "fund.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by short name ({@code contributions} names contributions-service). */
    Map<String, Route> routes();

    /**
     * Where clients reach the gateway, such as {@code https://fund.example.org}: the services build their links from it
     * (the gateway sends it as {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}, in place of whatever a client sent).
     */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** How long to wait for a TCP connection to a service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent (no response, or no data while sending one) before the request is given up. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** Connections kept open to each service; requests beyond them wait (within the connect timeout) for one. */
    @WithDefault("50")
    int maxConnectionsPerService();

    interface Route {

        /** Scheme, host and port of the service, such as {@code http://localhost:8081}. */
        URI url();

        /** Path prefixes the service owns, such as {@code /api/donors}. */
        List<String> paths();

        /** Where the service serves its OpenAPI document; the gateway passes it on at {@code /openapi/<service>}. */
        @WithDefault("/q/openapi")
        String openapiPath();

        /**
         * The audience the service requires of a token, which the gateway checks before a write's body is read; by
         * default the service's name ({@code recommendations-service}), as each service requires its own.
         */
        Optional<String> audience();
    }
}

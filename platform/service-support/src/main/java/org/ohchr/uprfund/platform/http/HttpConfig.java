package org.ohchr.uprfund.platform.http;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HTTP contracts of a service ({@code fund.http.*}); read when the HTTP routes are set up, at start. */
@StaticInitSafe
@ConfigMapping(prefix = "fund.http")
public interface HttpConfig {

    /**
     * The largest request body accepted, declared or chunked; a larger one gets a 413 problem. Quarkus' own
     * {@code quarkus.http.limits.max-body-size} stays above it, as a backstop for routes outside the API.
     */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /**
     * Larger limits for the few paths that take bulk uploads, by exact request path
     * ({@code fund.http.max-body-size-by-path."/api/recommendations/import"=128M}); Quarkus' backstop must be at least
     * as high (checked at start by {@link BodyLimits}).
     */
    Map<String, MemorySize> maxBodySizeByPath();

    /**
     * Addresses (IPs or CIDR blocks) of the proxies whose {@code X-Forwarded-Host} and {@code X-Forwarded-Proto} are
     * trusted for the links a service writes: the gateway's. From anyone else they are ignored.
     */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();
}

package org.ohchr.uprfund.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bulk uploads through the gateway ({@code fund.gateway.bulk-uploads.*}): the requests to a path with a body limit of its
 * own above the standard one ({@code fund.http.max-body-size-by-path}: a CSV import, a field office's batch). Their
 * bodies are streamed to the service, never held by the gateway; how many may be under way at once is bounded, per
 * caller and in all.
 */
@ConfigMapping(prefix = "fund.gateway.bulk-uploads")
public interface BulkUploadConfig {

    /** Uploads one caller (a token's subject) may have under way at once; the next one gets a 429 problem. */
    @WithDefault("2")
    int perCaller();

    /** Uploads under way at once from all callers together; the next one gets a 429 problem. */
    @WithDefault("8")
    int inAll();

    /** What the {@code Retry-After} of a refused upload says (whole seconds). */
    @WithDefault("10s")
    Duration retryAfter();

    /**
     * How long the service may stay silent on a bulk path: an import answers once it has written the whole file, which
     * takes minutes for a large one (recommendations-service gives an import's transaction 20 minutes).
     */
    @WithDefault("25m")
    Duration responseTimeout();
}

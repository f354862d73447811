package org.ohchr.uprfund.platform.http;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * How large a request body may be: {@code fund.http.max-body-size} on every path, and a larger limit on the few paths
 * that take bulk uploads ({@code fund.http.max-body-size-by-path."/api/recommendations/import"=128M}). Paths match
 * exactly, so a variant of a bulk path (a trailing slash, another case) falls back to the standard limit.
 */
@ApplicationScoped
public class BodyLimits {

    static final String BACKSTOP_PROPERTY = "quarkus.http.limits.max-body-size";

    private final long standard;
    private final Map<String, Long> byPath = new TreeMap<>();

    @Inject
    BodyLimits(HttpConfig config) {
        this(config, ConfigProvider.getConfig().getOptionalValue(BACKSTOP_PROPERTY, MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE));
    }

    BodyLimits(HttpConfig config, long backstop) {
        this.standard = config.maxBodySize().asLongValue();
        config.maxBodySizeByPath().forEach((path, size) -> byPath.put(path, size.asLongValue()));
        requireBelowBackstop(backstop);
    }

    /** The limit of the body of a request to {@code path}, in bytes. */
    public long forPath(String path) {
        return path == null ? standard : byPath.getOrDefault(path, standard);
    }

    /** The limit of every path without one of its own, in bytes. */
    public long standard() {
        return standard;
    }

    /** The largest limit of any path, in bytes. */
    public long largest() {
        return byPath.values().stream().mapToLong(Long::longValue).reduce(standard, Math::max);
    }

    // Quarkus refuses a body over its own limit before ours is checked, with an empty 413: a path limit above it
    // could never be reached, so a service configured that way does not start.
    private void requireBelowBackstop(long backstop) {
        byPath.forEach((path, limit) -> {
            if (limit > backstop) {
                throw new IllegalStateException("fund.http.max-body-size-by-path.\"" + path + "\" is " + limit
                        + " bytes, above " + BACKSTOP_PROPERTY + " (" + backstop + " bytes): raise " + BACKSTOP_PROPERTY
                        + " to at least " + limit);
            }
        });
    }
}

package org.ohchr.uprfund.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much of the read model's connection pool HTTP reads may take ({@code fund.public-reads.*}): the rest is kept for
 * the consumers that apply the events, the fund status snapshot and the rebuild.
 */
@ConfigMapping(prefix = "fund.public-reads")
public interface PublicReadsConfig {

    /** How many connections HTTP reads may hold at once; less than the pool's {@code quarkus.datasource.jdbc.max-size}. */
    @WithDefault("8")
    int connections();

    /** How long a read waits for one of them; then it gets a 503 problem with {@code Retry-After}. */
    @WithDefault("5s")
    Duration longestWait();
}

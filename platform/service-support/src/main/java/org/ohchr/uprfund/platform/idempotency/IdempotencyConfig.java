package org.ohchr.uprfund.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long keys are remembered, and how long a retry waits for the first request with its key ({@code fund.idempotency.*}). */
@ConfigMapping(prefix = "fund.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a first response is kept for its retries. Field offices can stay offline for days and retry afterwards,
     * so the default is generous.
     */
    @WithDefault("30d")
    Duration retention();

    /** How long a request waits for another one with the same key to finish before it is told to retry (409). */
    @WithDefault("3s")
    Duration waitForFirst();
}

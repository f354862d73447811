package org.ohchr.uprfund.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's outbox publishes its events ({@code fund.outbox.*}). */
@ConfigMapping(prefix = "fund.outbox")
public interface OutboxConfig {

    /** The topic the service publishes to, such as {@code fund.contributions.v1}. */
    String topic();

    /** CloudEvents {@code source} of every event of the service, such as {@code /upr-fund/contributions-service}. */
    String source();

    /**
     * How often the relay looks for unsent events without being woken. A commit that wrote events wakes it at once;
     * this only catches what a crashed or a sibling instance left behind.
     */
    @WithDefault("2s")
    Duration pollInterval();

    /** Most events published per relay transaction. */
    @WithDefault("100")
    int batchSize();

    /**
     * How long the producer keeps trying to deliver an event before it reports a failure ({@code delivery.timeout.ms}).
     * The relay waits for that verdict, never less, so it never hands the broker an event it may still deliver.
     */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /** The relay's pause after a failed publication; it doubles on each failure in a row, up to {@link #maxRetryBackoff()}. */
    @WithDefault("1s")
    Duration retryBackoff();

    @WithDefault("30s")
    Duration maxRetryBackoff();

    /** How long sent events stay in the outbox table; the topic keeps them for good. */
    @WithDefault("7d")
    Duration retention();
}

package org.ohchr.uprfund.contributions.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay publishes this service's events. */
@ConfigMapping(prefix = "fund.outbox")
public interface OutboxConfig {

    /** How often the relay looks for unsent events; the scheduler runs jobs at most once a second. */
    @WithDefault("1s")
    String pollInterval();

    /** Most events published per relay transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long to wait for the broker's acknowledgement of one event. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** CloudEvents {@code source} of every event of this service. */
    @WithDefault("/upr-fund/contributions-service")
    String source();

    /** Prefix of the CloudEvents {@code type}; the event's name follows it. */
    @WithDefault("org.ohchr.uprfund.contributions.")
    String typePrefix();
}

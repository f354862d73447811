package org.ohchr.uprfund.gateway.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the gateway builds its read model: {@code fund.read-model.sources.<name>.topic}, {@code .source} and
 * {@code .type-prefix} for each producing service, the consumer group, and how a record that fails is tried again.
 */
@ConfigMapping(prefix = "fund.read-model")
public interface ReadModelConfig {

    /** The producing services, by short name ({@code contributions}, {@code projects}, {@code recommendations}). */
    Map<String, Source> sources();

    /** Consumer group of the read model's consumers; their committed offsets say how far the model has come. */
    @WithDefault("gateway")
    String groupId();

    /** False runs the gateway without its consumers (the rebuild command does). */
    @WithDefault("true")
    boolean consume();

    /** How long a consumer waits for records in one poll, when none are there. */
    @WithDefault("1s")
    Duration pollTimeout();

    /**
     * The pause after a record's first failed try, when it fails for a reason of the moment (the database away, the pool
     * exhausted, a lock): it is tried again for as long as the failure lasts, holding its partition, the pause doubling
     * up to {@link #longestRetryBackoff()}. A record whose content is at fault is parked at once.
     */
    @WithDefault("1s")
    Duration retryBackoff();

    @WithDefault("30s")
    Duration longestRetryBackoff();

    /**
     * How long a record that waits for the producer's earlier events (its aggregate unknown, a gap in its sequence) waits
     * at least before it is parked; it is parked only once the topic's other partitions have been handled up to where
     * they ended when it started to wait, however long that takes.
     */
    @WithDefault("30s")
    Duration settleAfter();

    /**
     * The day the fund was established (Human Rights Council resolution 6/17 of 28 September 2007): fund status is not
     * answered for a date before it.
     */
    @WithDefault("2007-09-28")
    LocalDate fundEstablished();

    /** One producing service's topic. */
    interface Source {

        /** Its topic, such as {@code fund.contributions.v1}. */
        String topic();

        /** The CloudEvents {@code source} of its events, such as {@code /upr-fund/contributions-service}. */
        String source();

        /** How the types of its events start, such as {@code org.ohchr.uprfund.contributions.}. */
        String typePrefix();
    }
}

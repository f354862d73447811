package org.ohchr.uprfund.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds on what anyone can make the gateway spend on public reads ({@code fund.public-reads.*}): the share of the read
 * model's connection pool HTTP reads may take (the rest is kept for the consumers that apply the events, the fund status
 * snapshot and the rebuild), the fund's event stream, the reads without a token, and reads of a past date.
 */
@ConfigMapping(prefix = "fund.public-reads")
public interface PublicReadsConfig {

    /** How many connections HTTP reads may hold at once; less than the pool's {@code quarkus.datasource.jdbc.max-size}. */
    @WithDefault("8")
    int connections();

    /** How long a read waits for one of them; then it gets a 503 problem with {@code Retry-After}. */
    @WithDefault("5s")
    Duration longestWait();

    /** {@code /api/fund/events}. */
    Events events();

    /** Reads without a valid token, by client address. */
    Anonymous anonymous();

    /** Fund status at a past date ({@code ?asOf=}), computed from the whole read model each time. */
    PastDates pastDates();

    interface Events {

        /** Subscribers the stream takes at once; one more gets a 503 problem with {@code Retry-After}. */
        @WithDefault("2000")
        int maxSubscribers();

        /** How often every subscriber gets a comment that keeps its connection open through proxies (one timer for all). */
        @WithDefault("25s")
        Duration keepAlive();

        /** What a subscriber refused at the cap is told to wait. */
        @WithDefault("30s")
        Duration retryAfter();
    }

    interface Anonymous {

        /**
         * Reads (GET and HEAD of {@code /api/...}) a client address may send without a valid token in each
         * {@link #window()}; one more gets a 429 problem with {@code Retry-After}. Zero turns the limit off.
         */
        @WithDefault("300")
        long readsPerWindow();

        /** The window the reads are counted in; they come back gradually over it. */
        @WithDefault("1m")
        Duration window();

        /** Client addresses whose counts are kept at most; past that the least recently seen are forgotten. */
        @WithDefault("100000")
        long addressesKept();
    }

    interface PastDates {

        /** Past dates computed at once, over all clients; one more gets a 503 problem with {@code Retry-After}. */
        @WithDefault("4")
        int maxConcurrent();
    }
}

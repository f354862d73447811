package org.ohchr.uprfund.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The outbox on {@code /q/metrics}: {@code fund_outbox_backlog} (events written, not yet acknowledged by the broker),
 * {@code fund_outbox_published_total} and {@code fund_outbox_failures_total}.
 */
@ApplicationScoped
public class OutboxMetrics {

    void register(@Observes StartupEvent started, MeterRegistry registry, OutboxRelay relay) {
        RelayStatistics statistics = relay.statistics();
        Gauge.builder("fund.outbox.backlog", statistics, RelayStatistics::backlog)
                .description("Events written to the outbox and not yet acknowledged by the broker, as last counted by the relay")
                .register(registry);
        FunctionCounter.builder("fund.outbox.published", statistics, RelayStatistics::published)
                .description("Events the broker acknowledged since the service started")
                .register(registry);
        FunctionCounter.builder("fund.outbox.failures", statistics, RelayStatistics::failures)
                .description("Relay publications that failed since the service started")
                .register(registry);
    }
}

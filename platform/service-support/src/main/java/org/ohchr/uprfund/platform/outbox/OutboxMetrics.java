package org.ohchr.uprfund.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The outbox on {@code /q/metrics}: {@code fund_outbox_backlog} (events written, not yet acknowledged by the broker),
 * {@code fund_outbox_published_total} and {@code fund_outbox_failures_total}.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final OutboxEventRepository repository;

    OutboxMetrics(OutboxEventRepository repository) {
        this.repository = repository;
    }

    void register(@Observes StartupEvent started, MeterRegistry registry, OutboxRelay relay) {
        RelayStatistics statistics = relay.statistics();
        Gauge.builder("fund.outbox.backlog", this, OutboxMetrics::backlog)
                .description("Events written to the outbox and not yet acknowledged by the broker, counted at each scrape")
                .register(registry);
        FunctionCounter.builder("fund.outbox.published", statistics, RelayStatistics::published)
                .description("Events the broker acknowledged since the service started")
                .register(registry);
        FunctionCounter.builder("fund.outbox.failures", statistics, RelayStatistics::failures)
                .description("Relay publications that failed since the service started")
                .register(registry);
    }

    /**
     * Counted in the table, not by the relay: while the broker is away the relay waits for its verdict, and a count it
     * kept would stand still just when the backlog grows. NaN when the database does not answer.
     */
    private double backlog() {
        try {
            return QuarkusTransaction.requiringNew().call(repository::countUnsent);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Outbox backlog not counted");
            return Double.NaN;
        }
    }
}

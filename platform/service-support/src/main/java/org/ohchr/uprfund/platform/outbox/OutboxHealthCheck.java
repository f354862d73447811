package org.ohchr.uprfund.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reports the outbox in readiness: its backlog, the age of the oldest event waiting, and the relay's last failure. It is
 * always UP: a service whose broker is away still takes writes (they need only PostgreSQL) and its outbox keeps the
 * events until the broker returns; the database check decides readiness.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxEventRepository repository;
    private final OutboxRelay relay;

    OutboxHealthCheck(OutboxEventRepository repository, OutboxRelay relay) {
        this.repository = repository;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event outbox").up();
        RelayStatistics statistics = relay.statistics();
        try {
            long backlog = QuarkusTransaction.requiringNew().call(repository::countUnsent);
            Optional<Instant> oldest = QuarkusTransaction.requiringNew().call(repository::oldestUnsentAt);
            response.withData("backlog", backlog);
            oldest.ifPresent(at -> response.withData("oldestWaitingSeconds", Math.max(0, Duration.between(at, Instant.now()).toSeconds())));
        } catch (RuntimeException e) {
            response.withData("backlog", "unknown: the database did not answer");
        }
        response.withData("published", statistics.published());
        if (statistics.lastPublishedAt() != null) {
            response.withData("lastPublishedAt", statistics.lastPublishedAt().toString());
        }
        if (statistics.lastFailure() != null) {
            response.withData("lastFailure", statistics.lastFailure());
        }
        return response.build();
    }
}

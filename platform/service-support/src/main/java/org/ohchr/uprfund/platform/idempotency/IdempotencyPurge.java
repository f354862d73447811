package org.ohchr.uprfund.platform.idempotency;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Forgets first responses older than {@code fund.idempotency.retention}; a retry after that is a new request. */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyRecordRepository records;
    private final IdempotencyConfig config;

    IdempotencyPurge(IdempotencyRecordRepository records, IdempotencyConfig config) {
        this.records = records;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void purge() {
        long removed = records.deleteCreatedBefore(Instant.now().minus(config.retention()));
        if (removed > 0) {
            LOG.infof("Forgot %d idempotency keys older than %s", removed, config.retention());
        }
    }
}

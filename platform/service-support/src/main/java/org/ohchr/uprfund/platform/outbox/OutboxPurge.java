package org.ohchr.uprfund.platform.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Removes sent events once they are older than {@code fund.outbox.retention}: the topic keeps them for good. */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    private final OutboxEventRepository repository;
    private final OutboxConfig config;

    OutboxPurge(OutboxEventRepository repository, OutboxConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void purge() {
        long removed = repository.deleteSentBefore(Instant.now().minus(config.retention()));
        if (removed > 0) {
            LOG.infof("Removed %d sent events older than %s from the outbox", removed, config.retention());
        }
    }
}

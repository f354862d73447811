package org.ohchr.uprfund.gateway.service.report;

import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.config.ReadModelConfig;
import org.ohchr.uprfund.gateway.domain.StatusPart;
import org.ohchr.uprfund.gateway.repository.ReadModelNotices;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps every gateway instance's fund status snapshot following the read model they share. The instances of one
 * consumer group each apply the records of their own partitions; whatever one applied, it announces: its own snapshot
 * is told at once, and the others through a notice naming the parts of fund status that changed. A thread of its own
 * listens for the others' notices; when it (re)connects it cannot know what it missed, so the snapshot is recomputed in
 * full. A notice can still be missed while the connection looks alive (PostgreSQL drops notices it cannot deliver, and a
 * connection can be cut between two of them): every {@code fund.read-model.snapshot-check} the same thread compares the
 * snapshot with the read model's version, and has it recomputed when they differ.
 */
@ApplicationScoped
public class ReadModelChanges {

    private static final Logger LOG = Logger.getLogger(ReadModelChanges.class);
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(1);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final FundStatusSnapshot snapshot;
    private final ReadModelNotices notices;
    private final Duration snapshotCheck;
    /** Names this instance in its notices, so that it ignores its own. */
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running = true;
    private Thread listener;

    ReadModelChanges(FundStatusSnapshot snapshot, ReadModelNotices notices, ReadModelConfig config) {
        this.snapshot = snapshot;
        this.notices = notices;
        this.snapshotCheck = config.snapshotCheck();
    }

    void start(@Observes StartupEvent started) {
        listener = new Thread(this::listen, "read-model-notices");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Records were applied (and committed) that changed these parts of fund status, or only how fresh a source is. */
    public void announce(Set<StatusPart> parts) {
        snapshot.changed(parts);
        try {
            notices.send(instance + " " + parts.stream().map(Enum::name).collect(Collectors.joining(",")));
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("The other gateway instances were not told of a change (they catch up when they reconnect): %s", e.toString());
        }
    }

    /** The read model changed in any way. */
    public void announceAll() {
        announce(StatusPart.ALL);
    }

    private void listen() {
        while (running) {
            try (ReadModelNotices.Listener connection = notices.listen()) {
                snapshot.changed();
                long nextCheck = System.nanoTime() + snapshotCheck.toNanos();
                while (running) {
                    for (String payload : connection.await(LISTEN_WAIT.compareTo(snapshotCheck) < 0 ? LISTEN_WAIT : snapshotCheck)) {
                        Set<StatusPart> parts = fromAnotherInstance(payload);
                        if (parts != null) {
                            snapshot.changed(parts);
                        }
                    }
                    if (System.nanoTime() - nextCheck >= 0) {
                        nextCheck = System.nanoTime() + snapshotCheck.toNanos();
                        checkSnapshot();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.debugf("Not listening to the other gateway instances for now: %s", e.toString());
                    pause();
                }
            }
        }
    }

    private void checkSnapshot() {
        try {
            if (snapshot.catchUp()) {
                LOG.info("Fund status was behind the read model (a change was not announced to this instance): recomputed in full");
            }
        } catch (RuntimeException e) {
            LOG.debugf("The fund status snapshot was not checked against the read model this time: %s", e.toString());
        }
    }

    /** The parts a notice of another instance names; null for this instance's own notices. */
    Set<StatusPart> fromAnotherInstance(String payload) {
        int space = payload.indexOf(' ');
        String sender = space < 0 ? payload : payload.substring(0, space);
        if (sender.equals(instance)) {
            return null;
        }
        Set<StatusPart> parts = EnumSet.noneOf(StatusPart.class);
        for (String name : space < 0 ? new String[0] : payload.substring(space + 1).split(",")) {
            if (name.isEmpty()) {
                continue;
            }
            try {
                parts.add(StatusPart.valueOf(name));
            } catch (IllegalArgumentException e) {
                return StatusPart.ALL; // a part this instance does not know (a newer instance): everything
            }
        }
        return parts;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

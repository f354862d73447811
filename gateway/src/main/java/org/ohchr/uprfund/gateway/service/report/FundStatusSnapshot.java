package org.ohchr.uprfund.gateway.service.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.domain.StatusPart;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The current fund status, computed once per change of the read model and kept in memory already written as JSON, with
 * its entity tag: {@code GET /api/fund/status} answers from it without touching the database. The consumers call
 * {@link #changed()} after applying records; one thread of its own recomputes, and changes that arrive while it works are
 * taken in its next turn (so a burst of events costs one or two computations, not one each). At midnight UTC the date it
 * is at moves on. Each new status is announced to {@link #changes()} (the dashboard's server-sent events). Two timers
 * in {@code /q/metrics} tell how fresh it keeps: {@code fund_status_refresh_seconds} (one computation) and
 * {@code fund_status_refresh_delay_seconds} (from the first change a computation takes in until its status is served).
 * A change it was not told of (another instance's notice that did not arrive) is caught by {@link #catchUp()}, which
 * {@link ReadModelChanges} calls periodically. Each turn brings the {@link StatementsSnapshot statements} up to date too,
 * before its status is served.
 */
@ApplicationScoped
public class FundStatusSnapshot {

    private static final Logger LOG = Logger.getLogger(FundStatusSnapshot.class);

    private final FundStatusService status;
    private final StatementsSnapshot statements;
    private final ObjectMapper json;
    /** The parts changed since the last computation; every part before the first. */
    private final EnumSet<StatusPart> pending = EnumSet.allOf(StatusPart.class);
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    /** System.nanoTime() of the oldest change not yet taken in by a computation; 0 when none waits. */
    private final AtomicLong changedSince = new AtomicLong();
    private final Timer refreshTime;
    private final Timer refreshDelay;
    private final Object signal = new Object();
    private final BroadcastProcessor<Rendered> announcements = BroadcastProcessor.create();
    private volatile Rendered current;
    /** True while the refresher computes a status: the snapshot may then lag the read model by what it is taking in. */
    private volatile boolean computing;
    private volatile boolean running = true;
    private Thread refresher;

    FundStatusSnapshot(FundStatusService status, StatementsSnapshot statements, ObjectMapper json, MeterRegistry metrics) {
        this.status = status;
        this.statements = statements;
        this.json = json;
        this.refreshTime = Timer.builder("fund_status_refresh_seconds")
                .description("Time one computation of the fund status snapshot takes")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(metrics);
        this.refreshDelay = Timer.builder("fund_status_refresh_delay_seconds")
                .description("From a change of the read model until a fund status that includes it is served")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(metrics);
    }

    void start(@Observes StartupEvent started) {
        refresher = new Thread(this::refreshWhenChanged, "fund-status-snapshot");
        refresher.setDaemon(true);
        refresher.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (refresher != null) {
            refresher.interrupt();
        }
        announcements.onComplete();
    }

    /** The read model changed in any way: the snapshot is recomputed shortly, in full. */
    public void changed() {
        changed(StatusPart.ALL);
    }

    /**
     * Records were handled that changed these parts (none: only how fresh their source is): the snapshot is recomputed
     * shortly, those parts and the freshness only.
     */
    public void changed(Set<StatusPart> parts) {
        synchronized (pending) {
            pending.addAll(parts);
            changedSince.compareAndSet(0, System.nanoTime());
        }
        dirty.set(true);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** The current status; computed here if no snapshot is ready yet (the gateway has just started). */
    public Rendered current() {
        Rendered rendered = current;
        if (rendered == null) {
            synchronized (this) {
                rendered = current;
                if (rendered == null) {
                    rendered = render(status.statusAt(status.today(), null));
                    current = rendered;
                }
            }
        }
        return rendered;
    }

    /** The current status if one is ready; null just after start, before the first is computed. */
    public Rendered ready() {
        return current;
    }

    /** Each new snapshot, as it is made. */
    public Multi<Rendered> changes() {
        return announcements;
    }

    /**
     * Compares the snapshot with the read model's version ({@link FundStatusService#readModelVersion()}) and, when they
     * differ while no change is waiting or being taken in, has it recomputed in full: the read model changed and nobody
     * said so.
     *
     * @return true when the snapshot was found behind
     */
    public boolean catchUp() {
        if (dirty.get() || computing) {
            return false;
        }
        Rendered rendered = current;
        if (rendered == null || status.readModelVersion().equals(rendered.status().sources())) {
            return false;
        }
        changed();
        return true;
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void moveOnAtMidnight() {
        Rendered rendered = current;
        if (rendered != null && !rendered.status().asOf().equals(status.today())) {
            changed();
        }
    }

    private void refreshWhenChanged() {
        while (running) {
            try {
                synchronized (signal) {
                    while (!dirty.get() && running) {
                        signal.wait(60_000);
                    }
                }
                computing = true;
                if (dirty.getAndSet(false)) {
                    Set<StatusPart> parts;
                    long since;
                    synchronized (pending) {
                        parts = EnumSet.copyOf(pending);
                        pending.clear();
                        since = changedSince.getAndSet(0);
                    }
                    long started = System.nanoTime();
                    Rendered previous = current;
                    Rendered rendered;
                    try {
                        rendered = render(status.refresh(status.today(), previous == null ? null : previous.status(), parts));
                        if (StatementsSnapshot.touchedBy(parts)) {
                            statements.refresh();
                        }
                    } catch (RuntimeException e) {
                        changed(parts);
                        throw e;
                    }
                    synchronized (this) {
                        current = rendered;
                    }
                    long served = System.nanoTime();
                    refreshTime.record(served - started, TimeUnit.NANOSECONDS);
                    if (since != 0) {
                        refreshDelay.record(served - since, TimeUnit.NANOSECONDS);
                    }
                    announcements.onNext(rendered);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be away: try again shortly, and keep serving the last status meanwhile.
                LOG.warnf("Fund status could not be recomputed; the last one is served meanwhile: %s", e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } finally {
                computing = false;
            }
        }
    }

    private Rendered render(FundStatusResponse response) {
        try {
            byte[] body = json.writeValueAsBytes(response);
            return new Rendered(response, body, entityTag(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Fund status could not be written as JSON", e);
        }
    }

    /** A strong entity tag from the body's SHA-256: the same figures computed twice get the same tag only if equal. */
    private static String entityTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A status ready to send: its JSON body and entity tag. */
    public record Rendered(FundStatusResponse status, byte[] body, String etag) {

        public LocalDate asOf() {
            return status.asOf();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}

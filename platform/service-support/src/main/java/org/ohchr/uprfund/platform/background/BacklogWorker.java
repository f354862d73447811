package org.ohchr.uprfund.platform.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * A thread of its own that works off a backlog (the outbox's unsent events, the texts still to index) when woken: as a
 * rule when a transaction that added to it commits, else by its owner's poll. Wakes asked for before the work started
 * count once; the work itself runs until the backlog is empty, or until {@link #isRunning()} turns false. Its owner
 * starts it when the application has started and stops it when the application stops.
 */
public final class BacklogWorker {

    private final Runnable work;
    private final TransactionSynchronizationRegistry transactions;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile boolean running;

    /** @param work runs on the worker's thread, one run at a time, after each wake */
    public BacklogWorker(String threadName, Runnable work, TransactionSynchronizationRegistry transactions) {
        this.work = work;
        this.transactions = transactions;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, threadName);
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Starts taking wakes, and works off what was left before. */
    public void start() {
        running = true;
        wake();
    }

    /** Takes no more wakes, and waits up to 10 s for the work in progress. */
    public void stop() {
        running = false;
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Interrupts the work in progress, for an owner being destroyed. */
    public void stopNow() {
        running = false;
        thread.shutdownNow();
    }

    /** False once stopping: the work should return as soon as it can. */
    public boolean isRunning() {
        return running;
    }

    /** Asks for the work to run now; asking again before it started counts once. */
    public void wake() {
        if (running && wakePending.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    wakePending.set(false);
                    work.run();
                });
            } catch (RejectedExecutionException e) {
                wakePending.set(false); // shutting down
            }
        }
    }

    /** Wakes the worker after {@code delay}: to try again after a pause. */
    public void wakeAfter(Duration delay) {
        if (running) {
            try {
                thread.schedule(this::wake, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down
            }
        }
    }

    /**
     * Wakes the worker once the current transaction commits, and not when it rolls back: what it added to the backlog is
     * then visible to the worker. Asked again in the same transaction, it still wakes it once.
     */
    public void wakeOnCommit() {
        if (transactions.getResource(this) != null) {
            return;
        }
        transactions.putResource(this, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }
}

package org.ohchr.uprfund.platform.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BacklogWorkerTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final Semaphore started = new Semaphore(0);
    private final Semaphore ran = new Semaphore(0);
    private final OneTransaction transaction = new OneTransaction();
    private final BacklogWorker worker = new BacklogWorker("test-worker", this::work, transaction);
    private CountDownLatch release = new CountDownLatch(0);

    @AfterEach
    void stop() {
        release.countDown();
        worker.stop();
    }

    @Test
    void wakesAskedBeforeTheWorkStartedCountOnce() throws InterruptedException {
        release = new CountDownLatch(1);
        worker.start();
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            worker.wake();
        }
        release.countDown();
        assertThat(ran.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void nothingRunsBeforeTheStartNorAfterTheStop() throws InterruptedException {
        worker.wake();
        worker.wakeAfter(Duration.ZERO);
        assertThat(ran.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
        worker.start();
        assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        worker.stop();
        assertThat(worker.isRunning()).isFalse();
        worker.wake();
        assertThat(ran.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void aWakeAfterADelayComesAfterIt() throws InterruptedException {
        worker.start();
        assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        long asked = System.nanoTime();
        worker.wakeAfter(Duration.ofMillis(300));
        assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - asked).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }

    @Test
    void aCommitWakesItOnceHoweverOftenAskedAndARollbackNot() throws InterruptedException {
        worker.start();
        assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        worker.wakeOnCommit();
        worker.wakeOnCommit();
        assertThat(transaction.synchronizations).hasSize(1);
        assertThat(ran.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
        transaction.end(Status.STATUS_ROLLEDBACK);
        assertThat(ran.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();

        worker.wakeOnCommit();
        transaction.end(Status.STATUS_COMMITTED);
        assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(2);
    }

    private void work() {
        started.release();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runs.incrementAndGet();
        ran.release();
    }

    /** One transaction at a time, ended by the test. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {

        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int status) {
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
            synchronizations.clear();
            resources.clear();
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}

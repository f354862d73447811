package org.ohchr.uprfund.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.restassured.response.Response;

/**
 * Requests sent at the same moment by clients of their own: each on its own thread, all held at a start line until every
 * one is ready, then released together, as a crowd of clients holding the same ETag would send them.
 */
public final class SimultaneousRequests {

    private static final long TIMEOUT_SECONDS = 60;

    private SimultaneousRequests() {
    }

    /** Sends {@code clients} copies of {@code request} at once and returns their responses, in no particular order. */
    public static List<Response> send(int clients, Supplier<Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> sent = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                sent.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.get();
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The clients' threads did not start");
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : sent) {
                responses.add(response.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return responses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the clients were sending", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A client's request failed to complete", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

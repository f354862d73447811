package org.ohchr.uprfund.deploy.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** The concurrent clients of a load: one thread each, named {@code client-N}, given its number. */
public final class ClientThreads {

    private final List<Thread> threads;

    private ClientThreads(List<Thread> threads) {
        this.threads = threads;
    }

    /** Starts {@code count} clients, client {@code N} running {@code client.accept(N)}. */
    public static ClientThreads start(int count, IntConsumer client) {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int number = c;
            Thread thread = new Thread(() -> client.accept(number), "client-" + c);
            thread.start();
            threads.add(thread);
        }
        return new ClientThreads(threads);
    }

    /** Waits until every client has returned. */
    public void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }
}

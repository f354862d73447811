package org.ohchr.uprfund.platform.http;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

/**
 * Closes the connection of a request answered before its body was read, the way a careful server does: it goes on
 * reading (and dropping) what the client is still sending, for a little while, then closes. A client that is still
 * writing its body therefore reads the answer instead of a connection reset, which the operating system would send if
 * the connection closed under unread data.
 */
final class LingeringClose {

    /** What is read and dropped at most, and for how long, before the connection is closed anyway. */
    static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;
    static final long MAX_LINGER_MILLIS = 5_000;

    private LingeringClose() {
    }

    /** Call once the answer is sent (from the response's end handler). */
    static void drainThenClose(Vertx vertx, HttpServerRequest request) {
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        AtomicBoolean closed = new AtomicBoolean();
        AtomicLong drained = new AtomicLong();
        long timer = vertx.setTimer(MAX_LINGER_MILLIS, id -> close(request, closed));
        Runnable closeNow = () -> {
            vertx.cancelTimer(timer);
            close(request, closed);
        };
        request.handler(chunk -> {
            if (drained.addAndGet(chunk.length()) > MAX_DRAINED_BYTES) {
                closeNow.run();
            }
        });
        request.endHandler(ended -> closeNow.run());
        request.exceptionHandler(failure -> closeNow.run());
        request.resume();
    }

    private static void close(HttpServerRequest request, AtomicBoolean closed) {
        if (closed.compareAndSet(false, true)) {
            request.connection().close();
        }
    }
}

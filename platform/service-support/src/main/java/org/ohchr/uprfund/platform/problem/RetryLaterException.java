package org.ohchr.uprfund.platform.problem;

import java.time.Duration;

/**
 * A refusal that lasts only a while (a bound on a shared resource was reached): answered with its problem and a
 * {@code Retry-After} of whole seconds, at least one.
 */
public class RetryLaterException extends ProblemException {

    private final Duration retryAfter;

    public RetryLaterException(ProblemType type, String detail, Duration retryAfter) {
        super(type, detail);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, at least one: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return secondsOf(retryAfter);
    }

    /** A wait as {@code Retry-After} writes it: whole seconds, rounded up, at least one. */
    public static long secondsOf(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}

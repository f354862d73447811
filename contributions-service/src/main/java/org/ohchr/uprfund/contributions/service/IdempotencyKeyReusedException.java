package org.ohchr.uprfund.contributions.service;

/** An {@code Idempotency-Key} sent again with a request different from the one it first came with; answered with 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used with a different request; use a new key for a new request");
    }
}

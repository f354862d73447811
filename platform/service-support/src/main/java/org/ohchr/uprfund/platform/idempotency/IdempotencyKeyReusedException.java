package org.ohchr.uprfund.platform.idempotency;

import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/** An {@code Idempotency-Key} sent again with a request different from the one it first came with; answered with 422. */
public class IdempotencyKeyReusedException extends ProblemException {

    IdempotencyKeyReusedException() {
        super(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used with a different request; use a new key for a new request");
    }
}

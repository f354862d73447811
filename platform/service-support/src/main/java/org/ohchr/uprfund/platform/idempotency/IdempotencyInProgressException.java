package org.ohchr.uprfund.platform.idempotency;

import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/** Another request with the same key is still running; the client retries shortly and then gets its response. */
public class IdempotencyInProgressException extends ConflictException {

    IdempotencyInProgressException() {
        super(ProblemType.IDEMPOTENCY_IN_PROGRESS, "A request with this Idempotency-Key is still being processed;"
                + " retry shortly with the same key to receive its response");
    }
}

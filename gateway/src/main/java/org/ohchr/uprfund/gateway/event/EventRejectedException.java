package org.ohchr.uprfund.gateway.event;

import org.ohchr.uprfund.gateway.domain.EventFailure;

/**
 * A record the read model does not apply, and why: it is parked in the dead-letter table with this failure and reason,
 * and the records after it are applied all the same.
 */
public class EventRejectedException extends RuntimeException {

    private final EventFailure failure;

    public EventRejectedException(EventFailure failure, String reason) {
        super(reason);
        this.failure = failure;
    }

    public EventFailure failure() {
        return failure;
    }

    public static EventRejectedException malformed(String reason) {
        return new EventRejectedException(EventFailure.MALFORMED, reason);
    }

    public static EventRejectedException schema(String reason) {
        return new EventRejectedException(EventFailure.SCHEMA, reason);
    }

    public static EventRejectedException unappliable(String reason) {
        return new EventRejectedException(EventFailure.UNAPPLIABLE, reason);
    }
}

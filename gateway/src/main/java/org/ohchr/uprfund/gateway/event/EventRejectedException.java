package org.ohchr.uprfund.gateway.event;

import org.ohchr.uprfund.gateway.domain.EventFailure;
import org.ohchr.uprfund.platform.inbox.RejectedEventException;

/**
 * A record the read model does not apply, and why: it is parked in the dead-letter table with this failure and reason,
 * and the records after it are applied all the same. One for an aggregate the read model does not know yet
 * ({@link #unknownAggregate}) waits for the producer's earlier events first.
 */
public class EventRejectedException extends RejectedEventException {

    public EventRejectedException(EventFailure failure, String reason) {
        super(Rejection.valueOf(failure.name()), reason);
    }

    private EventRejectedException(String reason) {
        super(Rejection.UNAPPLIABLE, reason, true);
    }

    public EventFailure failure() {
        return failure(this);
    }

    /** The read model's name for why a record was not applied. */
    public static EventFailure failure(RejectedEventException rejected) {
        return EventFailure.valueOf(rejected.rejection().name());
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

    /** The event changes an aggregate the read model does not know: it waits for the producer's earlier events. */
    public static EventRejectedException unknownAggregate(String reason) {
        return new EventRejectedException(reason);
    }
}

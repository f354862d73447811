package org.ohchr.uprfund.platform.inbox;

/**
 * An event its consumer does not apply because of what it says, not because of the moment: trying it again cannot help,
 * so it is parked with this rejection and reason ({@link InboxPolicy}). The one exception is an event that names an
 * aggregate the consumer does not know ({@link #unknownAggregate}): it may be only early, so it waits until the
 * producer's earlier events have all been handled, and is parked only then.
 */
public class RejectedEventException extends RuntimeException {

    private final Rejection rejection;
    private final boolean awaitsEarlierEvents;

    public RejectedEventException(Rejection rejection, String reason) {
        this(rejection, reason, false);
    }

    protected RejectedEventException(Rejection rejection, String reason, boolean awaitsEarlierEvents) {
        super(reason);
        this.rejection = rejection;
        this.awaitsEarlierEvents = awaitsEarlierEvents;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** True when the event may be only early: it is parked only once the producer's earlier events were all handled. */
    public boolean awaitsEarlierEvents() {
        return awaitsEarlierEvents;
    }

    public static RejectedEventException malformed(String reason) {
        return new RejectedEventException(Rejection.MALFORMED, reason);
    }

    /** The event's data breaks its producer's schema: a property missing, of the wrong type or outside its range. */
    public static RejectedEventException schema(String reason) {
        return new RejectedEventException(Rejection.SCHEMA, reason);
    }

    /** The event changes an aggregate the consumer does not know: an earlier event of it is missing, or parked. */
    public static RejectedEventException unknownAggregate(String reason) {
        return new RejectedEventException(Rejection.UNAPPLIABLE, reason, true);
    }

    /** Why an event was not applied. */
    public enum Rejection {
        /** Not a CloudEvents 1.0 JSON envelope that can be read (not UTF-8, not JSON, no id...). */
        MALFORMED,
        /** A type the consumer does not apply, or one that does not belong on the topic it came from. */
        UNKNOWN_TYPE,
        /** Its data breaks the producer's schema: a property missing, of the wrong type or outside its range. */
        SCHEMA,
        /** Well-formed, but the consumer cannot take it (the aggregate it changes is unknown, a conflicting fact...). */
        UNAPPLIABLE
    }
}

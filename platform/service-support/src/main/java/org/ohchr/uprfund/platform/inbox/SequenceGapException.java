package org.ohchr.uprfund.platform.inbox;

/**
 * An event whose {@code aggregatesequence} is not the next of its aggregate: an earlier event of the aggregate has not
 * been handled. It is not applied out of order; it waits, as an event of an unknown aggregate does, until the producer's
 * earlier events have all been handled ({@link InboxPolicy}), and is parked only then (the missing event is nowhere
 * before it). Parked, it does not advance its aggregate's sequence.
 */
public class SequenceGapException extends RejectedEventException {

    private final String subject;
    private final long expected;
    private final long sequence;

    public SequenceGapException(String source, String subject, long expected, long sequence) {
        super(Rejection.UNAPPLIABLE, "sequence gap: event " + sequence + " of aggregate " + subject + " (" + source + ") arrived while "
                + expected + " is the next one expected", true);
        this.subject = subject;
        this.expected = expected;
        this.sequence = sequence;
    }

    public String subject() {
        return subject;
    }

    public long expected() {
        return expected;
    }

    public long sequence() {
        return sequence;
    }
}

package org.ohchr.uprfund.platform.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.inbox.Handled.Result;
import org.ohchr.uprfund.platform.inbox.Handled.Waiting;
import org.ohchr.uprfund.platform.inbox.RejectedEventException.Rejection;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

/**
 * What happens to each record of a topic a service consumes: it is read as a CloudEvent ({@link CloudEventEnvelope})
 * and applied by the service ({@link Applier}, which claims it with {@link InboxClaims} in its transaction), or parked by
 * it ({@link Parker}) when {@link InboxPolicy} says the record is at fault; otherwise it waits, and the consumer gives it
 * again later with every record after it: nothing is skipped and nothing is applied out of its partition's order.
 * <p>
 * Records of one partition are applied together in one transaction when every one of them can be (the usual case, and
 * much cheaper than a transaction each); otherwise one by one. Each record applied to the live model is a span in the
 * trace its event carries ({@link ConsumerSpans}); a replay into another model (a rebuild) passes no spans.
 */
public final class EventInbox implements RecordHandler {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    /** Applies events in one transaction of the consuming service, claiming them with {@link InboxClaims} first. */
    @FunctionalInterface
    public interface Applier {

        /**
         * @return for each event, APPLIED, or DUPLICATE when it was applied before
         * @throws RuntimeException when they cannot all be applied; nothing of them stays
         */
        List<InboxOutcome> applyAll(List<CloudEventEnvelope> events);
    }

    /** Parks a record in a transaction of its own, calling {@link InboxClaims#parked} there when its event could be read. */
    @FunctionalInterface
    public interface Parker {

        /**
         * @param identity what could be read of the record's envelope
         * @param event the record's event, or null when it could not be read
         */
        void park(InboxRecord record, CloudEventEnvelope.Identity identity, CloudEventEnvelope event, Rejection rejection, String reason);
    }

    private final ObjectMapper json;
    private final ConsumerSpans spans;
    private final Applier applier;
    private final Parker parker;

    /** @param spans the spans of the live model's records, or null to make none (a rebuild's replay) */
    public EventInbox(ObjectMapper json, ConsumerSpans spans, Applier applier, Parker parker) {
        this.json = json;
        this.spans = spans;
        this.applier = applier;
        this.parker = parker;
    }

    @Override
    public Handled handle(List<InboxRecord> records, long settledOffset) {
        if (records.size() > 1) {
            Handled together = together(records);
            if (together != null) {
                return together;
            }
        }
        List<Result> results = new ArrayList<>(records.size());
        for (InboxRecord record : records) {
            Attempt attempt = one(record, record.offset() == settledOffset);
            if (attempt.waiting() != null) {
                return new Handled(results, attempt.waiting());
            }
            results.add(attempt.result());
        }
        return new Handled(results, null);
    }

    /** All the records in one transaction, or null when one of them fails (they are then taken one by one). */
    private Handled together(List<InboxRecord> records) {
        Instant started = Instant.now();
        try {
            List<CloudEventEnvelope> events = records.stream().map(record -> CloudEventEnvelope.parse(record.value(), json)).toList();
            List<InboxOutcome> outcomes = applier.applyAll(events);
            List<Result> results = new ArrayList<>(records.size());
            for (int i = 0; i < events.size(); i++) {
                results.add(outcomes.get(i) == InboxOutcome.APPLIED ? Result.applied(events.get(i).type()) : Result.DUPLICATE);
                if (spans != null) {
                    // Made once the batch committed: a batch taken one by one after all leaves no span of its try.
                    ConsumerSpans.end(spans.started(started, records.get(i), events.get(i)), results.get(i).outcome());
                }
            }
            return new Handled(results, null);
        } catch (RuntimeException e) {
            LOG.debugf("A batch of %d records of %s is taken one by one: %s", records.size(), records.get(0).topic(), e.toString());
            return null;
        }
    }

    private Attempt one(InboxRecord record, boolean settled) {
        if (spans == null) {
            return attempt(record, settled);
        }
        Span span = spans.start(record, CloudEventEnvelope.identify(record.value(), json));
        try (Scope scope = span.makeCurrent()) {
            Attempt attempt = attempt(record, settled);
            if (attempt.waiting() == null) {
                ConsumerSpans.end(span, attempt.result().outcome());
            } else {
                ConsumerSpans.end(span, new IllegalStateException(attempt.waiting().reason()));
            }
            return attempt;
        } catch (RuntimeException e) {
            ConsumerSpans.end(span, e);
            throw e;
        }
    }

    private Attempt attempt(InboxRecord record, boolean settled) {
        CloudEventEnvelope event = null;
        try {
            event = CloudEventEnvelope.parse(record.value(), json);
            InboxOutcome outcome = applier.applyAll(List.of(event)).get(0);
            return new Attempt(outcome == InboxOutcome.APPLIED ? Result.applied(event.type()) : Result.DUPLICATE, null);
        } catch (RuntimeException e) {
            switch (InboxPolicy.judge(e)) {
                case PARK -> {
                    if (e instanceof RejectedEventException rejected) {
                        return park(record, event, rejected.rejection(), rejected.getMessage());
                    }
                    return park(record, event, Rejection.UNAPPLIABLE, InboxPolicy.dataAtFault(e));
                }
                case AWAIT_EARLIER_EVENTS -> {
                    if (settled) {
                        return park(record, event, Rejection.UNAPPLIABLE, e.getMessage() + "; the producer's earlier events have all been handled");
                    }
                    return new Attempt(null, new Waiting(true, "Record " + record.where() + " waits for the producer's earlier events: "
                            + e.getMessage(), e instanceof SequenceGapException));
                }
                default -> {
                    return new Attempt(null, new Waiting(false, "Record " + record.where() + " could not be applied: " + InboxPolicy.describe(e),
                            false));
                }
            }
        }
    }

    private Attempt park(InboxRecord record, CloudEventEnvelope event, Rejection rejection, String reason) {
        try {
            parker.park(record, CloudEventEnvelope.identify(record.value(), json), event, rejection, reason);
        } catch (RuntimeException e) {
            return new Attempt(null, new Waiting(false, "Record " + record.where() + " could not be parked: " + InboxPolicy.describe(e), false));
        }
        LOG.warnf("Parked record %s (%s): %s", record.where(), rejection, reason);
        return new Attempt(Result.PARKED, null);
    }

    private record Attempt(Result result, Waiting waiting) {
    }
}

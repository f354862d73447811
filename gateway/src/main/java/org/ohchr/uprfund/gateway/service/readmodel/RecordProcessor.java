package org.ohchr.uprfund.gateway.service.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.gateway.domain.EventFailure;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.ConsumerSpans;
import org.ohchr.uprfund.platform.inbox.EventInbox;
import org.ohchr.uprfund.platform.inbox.Handled;
import org.ohchr.uprfund.platform.inbox.InboxRecord;
import org.ohchr.uprfund.platform.inbox.RejectedEventException.Rejection;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read model's inbox: each record of a fund topic is applied ({@link EventApplier}) or parked in the dead-letter
 * table ({@link DeadLetterParking}) as the platform's {@link EventInbox} decides, for the live read model (with a span
 * for each record) or for a rebuild's schema (without).
 */
@ApplicationScoped
public class RecordProcessor {

    private final EventApplier applier;
    private final DeadLetterParking parking;
    private final ObjectMapper json;
    private final ConsumerSpans spans;

    RecordProcessor(EventApplier applier, DeadLetterParking parking, ObjectMapper json, ConsumerSpans spans) {
        this.applier = applier;
        this.parking = parking;
        this.json = json;
        this.spans = spans;
    }

    /** The inbox of the live read model for one topic, for its consumer. */
    public EventInbox live(FundSource source) {
        return inbox(null, source);
    }

    /**
     * Records of one partition of a rebuild's replay, in their order. The replay reads each topic once, from its start:
     * a record that waits for the producer's earlier events is parked at once, as they have been read already.
     *
     * @throws RetryLaterException when a record could neither be applied nor parked; the rebuild fails
     */
    public List<Handled.Result> processAll(String schema, FundSource source, List<InboxRecord> records) {
        EventInbox inbox = inbox(schema, source);
        List<Handled.Result> results = new ArrayList<>(records.size());
        long settled = -1;
        while (results.size() < records.size()) {
            List<InboxRecord> rest = records.subList(results.size(), records.size());
            Handled handled = inbox.handle(rest, settled);
            results.addAll(handled.results());
            if (handled.waiting() != null) {
                long waitingAt = rest.get(handled.results().size()).offset();
                if (!handled.waiting().awaitsEarlierEvents() || settled == waitingAt) {
                    throw new RetryLaterException(handled.waiting().reason());
                }
                settled = waitingAt;
            }
        }
        return results;
    }

    private EventInbox inbox(String schema, FundSource source) {
        return new EventInbox(json, schema == null ? spans : null, events -> applier.applyAll(schema, source, events),
                (record, identity, event, rejection, reason) -> park(schema, record, identity, event, rejection, reason));
    }

    private void park(String schema, InboxRecord record, CloudEventEnvelope.Identity identity, CloudEventEnvelope event,
            Rejection rejection, String reason) {
        DeadLetter letter = new DeadLetter();
        letter.id = UUID.randomUUID();
        letter.topic = record.topic();
        letter.partition = record.partition();
        letter.offset = record.offset();
        letter.key = record.key();
        letter.value = record.value();
        letter.timestamp = record.timestamp();
        letter.eventId = identity.id();
        letter.eventSource = identity.source();
        letter.eventType = identity.type();
        letter.failure = EventFailure.valueOf(rejection.name());
        letter.reason = reason;
        letter.parkedAt = Instant.now();
        letter.status = DeadLetter.Status.PARKED;
        parking.park(schema, letter, event);
    }

    /** Neither applied nor parked: the rebuild cannot go on. */
    public static class RetryLaterException extends RuntimeException {

        public RetryLaterException(String message) {
            super(message);
        }
    }
}

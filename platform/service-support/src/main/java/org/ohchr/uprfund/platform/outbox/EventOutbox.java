package org.ohchr.uprfund.platform.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.platform.tracing.TraceContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the outbox, inside the transaction that makes the change it describes, and wakes the relay as
 * soon as that transaction commits (a rolled-back change publishes nothing). Each event is numbered within its aggregate
 * (1, 2, 3... with no gaps, {@link AggregateSequences}) in that transaction. The trace context current then (the
 * request's span) is kept with the event: its publication continues that trace.
 */
@ApplicationScoped
public class EventOutbox {

    private final OutboxEventRepository repository;
    private final ObjectMapper objectMapper;
    private final OutboxRelay relay;
    private final AggregateSequences sequences;

    EventOutbox(OutboxEventRepository repository, ObjectMapper objectMapper, OutboxRelay relay, AggregateSequences sequences) {
        this.repository = repository;
        this.sequences = sequences;
        this.objectMapper = objectMapper;
        this.relay = relay;
    }

    /** Records one event, with the next number of its aggregate ({@code aggregatesequence}). */
    @Transactional(TxType.MANDATORY)
    public void record(FundEvent event) {
        long sequence = sequences.reserve(Map.of(event.aggregateId(), 1)).get(event.aggregateId());
        repository.persist(row(event, sequence, Instant.now(), TraceContext.current()));
        relay.wakeOnCommit();
    }

    /**
     * Records many events at once, in the given order, as {@link #record} records each (the same rows, the same
     * CloudEvents), in one COPY rather than one INSERT each: for bulk changes such as imports, where a round trip per
     * event would cost more than the change itself. The events of one aggregate are published in this order, and
     * numbered in it: its {@code aggregatesequence} counts on from its last event's.
     */
    @Transactional(TxType.MANDATORY)
    public void recordAll(Collection<? extends FundEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, Integer> counts = new HashMap<>();
        events.forEach(event -> counts.merge(event.aggregateId(), 1, Integer::sum));
        Map<UUID, Long> next = new HashMap<>(sequences.reserve(counts));
        Instant now = Instant.now();
        TraceContext trace = TraceContext.current();
        repository.copyAll(events.stream()
                .map(event -> row(event, next.merge(event.aggregateId(), 1L, Long::sum) - 1, now, trace))
                .iterator());
        relay.wakeOnCommit();
    }

    private OutboxEvent row(FundEvent event, long aggregateSequence, Instant occurredAt, TraceContext trace) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.aggregateSequence = aggregateSequence;
        row.eventType = event.eventType();
        row.occurredAt = occurredAt;
        row.traceparent = trace.traceparent();
        row.tracestate = trace.tracestate();
        try {
            row.payload = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + row.eventType + " cannot be written as JSON", e);
        }
        return row;
    }
}

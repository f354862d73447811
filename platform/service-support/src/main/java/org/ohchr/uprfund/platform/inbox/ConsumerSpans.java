package org.ohchr.uprfund.platform.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.tracing.TraceContext;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * The span of a record a consumer handled ({@code process <topic>}, a consumer span): a child of the publication the
 * CloudEvent's {@code traceparent} names, so that one trace runs from the request that made the change, through the
 * producer's publication, to the consumer. A record without one (published before events carried it) starts a trace of
 * its own and is handled as any other.
 */
@ApplicationScoped
public class ConsumerSpans {

    private final Tracer tracer;

    ConsumerSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A span starting now, for a record taken on its own. */
    public Span start(InboxRecord record, CloudEventEnvelope.Identity event) {
        return builder(record, event.id(), event.type(), event.trace()).startSpan();
    }

    /** A span that started at {@code startedAt}, for a record handled with others of its poll in one transaction. */
    public Span started(Instant startedAt, InboxRecord record, CloudEventEnvelope event) {
        return builder(record, event.id(), event.type(), event.trace()).setStartTimestamp(startedAt).startSpan();
    }

    /** Ends the span with what became of its record. */
    public static void end(Span span, InboxOutcome outcome) {
        span.setAttribute("fund.read_model.outcome", outcome.name());
        span.end();
    }

    /** Ends the span of a record that was neither applied nor parked: it waits and is tried again. */
    public static void end(Span span, Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, failure.getMessage());
        span.end();
    }

    private SpanBuilder builder(InboxRecord record, UUID eventId, String eventType, TraceContext trace) {
        SpanBuilder builder = tracer.spanBuilder("process " + record.topic())
                .setParent(trace.asParent())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset());
        if (eventId != null) {
            builder.setAttribute("messaging.message.id", eventId.toString())
                    .setAttribute("cloudevents.event_id", eventId.toString());
        }
        if (eventType != null) {
            builder.setAttribute("cloudevents.event_type", eventType);
        }
        return builder;
    }
}

package org.ohchr.uprfund.platform.outbox;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.tracing.TraceContext;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * The span of an event's publication ({@code send <topic>}, a producer span): a child of the context the event was
 * recorded in (the request that made the change), or the start of a trace when it had none. Its context is the one the
 * CloudEvent carries, so that the consumer's span follows it. It ends with the broker's verdict.
 */
@ApplicationScoped
class PublicationSpans {

    private final Tracer tracer;
    private final OutboxConfig config;

    PublicationSpans(Tracer tracer, OutboxConfig config) {
        this.tracer = tracer;
        this.config = config;
    }

    Span start(OutboxEvent event) {
        return tracer.spanBuilder("send " + config.topic())
                .setParent(new TraceContext(event.traceparent, event.tracestate).asParent())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", config.topic())
                .setAttribute("messaging.message.id", event.eventId.toString())
                .setAttribute("messaging.kafka.message.key", event.aggregateId.toString())
                .setAttribute("cloudevents.event_id", event.eventId.toString())
                .setAttribute("cloudevents.event_type", event.eventType)
                .startSpan();
    }

    /** Ends the span when the broker acknowledged the event or the producer gave up on it. */
    static void endWith(CompletableFuture<Void> ack, Span span) {
        ack.whenComplete((acknowledged, failure) -> {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.toString());
            }
            span.end();
        });
    }
}

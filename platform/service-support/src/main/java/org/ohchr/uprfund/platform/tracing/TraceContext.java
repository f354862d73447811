package org.ohchr.uprfund.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A span's W3C trace context as text, the form in which it travels with an event: the CloudEvents distributed-tracing
 * extension's {@code traceparent} and {@code tracestate} attributes, the outbox row's columns of the same names. Either
 * may be null; without a valid {@code traceparent} there is no context, and a span made from it starts a trace of its own.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final TraceContext NONE = new TraceContext(null, null);

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    /** The length W3C Trace Context asks every vendor to pass on, and the outbox column's. */
    private static final int TRACESTATE_MAX_LENGTH = 512;

    /** The context of the current span; {@link #NONE} outside any. */
    public static TraceContext current() {
        return of(Context.current());
    }

    public static TraceContext of(Span span) {
        return of(Context.root().with(span));
    }

    public static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return NONE;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        String tracestate = carrier.get(TRACESTATE);
        // A client's tracestate is taken as it came, whatever its length; W3C asks to pass on 512 characters and lets a
        // vendor drop the rest. Kept longer, it would not fit the outbox row and would fail the client's write.
        boolean oversized = tracestate != null && tracestate.length() > TRACESTATE_MAX_LENGTH;
        return new TraceContext(carrier.get(TRACEPARENT), oversized ? null : tracestate);
    }

    /** The context a span continuing this one takes as its parent: the root context when there is none (or it is malformed). */
    public Context asParent() {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), this, Getter.INSTANCE);
    }

    /** The span this context names, invalid when there is none. */
    public SpanContext spanContext() {
        return Span.fromContext(asParent()).getSpanContext();
    }

    private enum Getter implements TextMapGetter<TraceContext> {
        INSTANCE;

        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return java.util.List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return switch (key) {
                case TRACEPARENT -> carrier.traceparent;
                case TRACESTATE -> carrier.tracestate;
                default -> null;
            };
        }
    }
}

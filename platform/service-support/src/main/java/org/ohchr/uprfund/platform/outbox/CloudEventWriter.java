package org.ohchr.uprfund.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.tracing.TraceContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an outbox row as a structured-mode CloudEvents 1.0 JSON envelope, with its number within its aggregate as the
 * extension attribute {@value #AGGREGATE_SEQUENCE}, and the trace context of its publication as the distributed-tracing
 * extension's {@code traceparent} and {@code tracestate} attributes, where it has one.
 */
@ApplicationScoped
public class CloudEventWriter {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /**
     * The extension attribute holding the event's number within its aggregate (its {@code subject}): a JSON integer, 1,
     * 2, 3... with no gaps, declared by {@code META-INF/resources/cloudevents/FundCloudEvent.json}.
     */
    public static final String AGGREGATE_SEQUENCE = "aggregatesequence";

    private final ObjectMapper objectMapper;
    private final OutboxConfig config;

    CloudEventWriter(ObjectMapper objectMapper, OutboxConfig config) {
        this.objectMapper = objectMapper;
        this.config = config;
    }

    public String write(OutboxEvent event, TraceContext trace) {
        try {
            ObjectNode envelope = objectMapper.createObjectNode()
                    .put("specversion", "1.0")
                    .put("id", event.eventId.toString())
                    .put("source", config.source())
                    .put("type", event.eventType)
                    .put("subject", event.aggregateId.toString())
                    .put(AGGREGATE_SEQUENCE, event.aggregateSequence)
                    .put("time", event.occurredAt.toString())
                    .put("datacontenttype", "application/json");
            if (trace.traceparent() != null) {
                envelope.put("traceparent", trace.traceparent());
                if (trace.tracestate() != null && !trace.tracestate().isEmpty()) {
                    envelope.put("tracestate", trace.tracestate());
                }
            }
            envelope.set("data", objectMapper.readTree(event.payload));
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.eventId + " holds invalid JSON", e);
        }
    }
}

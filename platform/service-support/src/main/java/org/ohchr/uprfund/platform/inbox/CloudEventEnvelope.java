package org.ohchr.uprfund.platform.inbox;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.ohchr.uprfund.platform.tracing.TraceContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A structured-mode CloudEvents 1.0 envelope, as every service publishes its events:
 * {@code {"specversion":"1.0","id":"<uuid>","source":"/upr-fund/...","type":"org.ohchr.uprfund...","subject":"<uuid>",
 * "time":"...","datacontenttype":"application/json","traceparent":"00-...","aggregatesequence":3,"data":{...}}}.
 *
 * @param subject the aggregate the event belongs to (also the record's key)
 * @param time when the producer says the event happened: shown, never used to order events
 * @param data the event's payload, a JSON object
 * @param trace the distributed-tracing extension's {@code traceparent} and {@code tracestate}: the context of the
 *        event's publication, {@link TraceContext#NONE} for an event published without one (an older event)
 * @param sequence the extension attribute {@code aggregatesequence}: the event's place among its aggregate's events,
 *        1, 2, 3... without gaps, assigned in the producer's transaction; null for an event published before events
 *        carried it (unsequenced: such events are ordered by their offset within the partition alone)
 */
public record CloudEventEnvelope(UUID id, String source, String type, String subject, Instant time, JsonNode data,
        TraceContext trace, Long sequence) {

    public static final String SPEC_VERSION = "1.0";
    /** The CloudEvents extension attribute that carries an event's place among its aggregate's events. */
    public static final String SEQUENCE_ATTRIBUTE = "aggregatesequence";

    /**
     * @throws RejectedEventException (MALFORMED) when the bytes are not UTF-8 JSON holding a CloudEvents 1.0 envelope with
     *         a UUID id, a source, a type, a time and an object as data, or whose {@code aggregatesequence}, when present,
     *         is not an integer of at least 1 with a subject to count in
     */
    public static CloudEventEnvelope parse(byte[] value, ObjectMapper json) {
        if (value == null || value.length == 0) {
            throw RejectedEventException.malformed("the record has no value");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw RejectedEventException.malformed("the record's value is not UTF-8 text");
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw RejectedEventException.malformed("the record's value is not JSON: " + e.getOriginalMessage());
        }
        if (envelope == null || !envelope.isObject()) {
            throw RejectedEventException.malformed("the record's value is not a JSON object");
        }
        String specVersion = text(envelope, "specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw RejectedEventException.malformed("specversion is " + specVersion + ", expected " + SPEC_VERSION);
        }
        JsonNode data = envelope.get("data");
        if (data == null || !data.isObject()) {
            throw RejectedEventException.malformed("attribute 'data' is not a JSON object");
        }
        return new CloudEventEnvelope(uuid(required(envelope, "id")), required(envelope, "source"), required(envelope, "type"),
                text(envelope, "subject"), instant(required(envelope, "time")), data, trace(envelope), sequence(envelope));
    }

    /** The envelope's id, source, type and trace context as far as they can be read, before it is applied or parked. */
    public static Identity identify(byte[] value, ObjectMapper json) {
        try {
            JsonNode envelope = json.readTree(value);
            if (envelope == null || !envelope.isObject()) {
                return Identity.NONE;
            }
            UUID id = null;
            try {
                id = UUID.fromString(envelope.path("id").asText(""));
            } catch (IllegalArgumentException e) {
                // left unknown
            }
            return new Identity(id, shortText(envelope, "source"), shortText(envelope, "type"), trace(envelope));
        } catch (Exception e) {
            return Identity.NONE;
        }
    }

    /** The short name of the type: {@code DonorRegistered} for {@code org.ohchr.uprfund.contributions.DonorRegistered}. */
    public String name() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String required(JsonNode envelope, String attribute) {
        String value = text(envelope, attribute);
        if (value == null || value.isBlank()) {
            throw RejectedEventException.malformed("attribute '" + attribute + "' is missing");
        }
        if (value.length() > 255) {
            throw RejectedEventException.malformed("attribute '" + attribute + "' is longer than 255 characters");
        }
        return value;
    }

    private static String text(JsonNode envelope, String attribute) {
        JsonNode node = envelope.get(attribute);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A trace context that is not text is ignored, as a malformed one is: the event applies all the same. */
    private static TraceContext trace(JsonNode envelope) {
        JsonNode traceparent = envelope.get("traceparent");
        if (traceparent == null || !traceparent.isTextual()) {
            return TraceContext.NONE;
        }
        JsonNode tracestate = envelope.get("tracestate");
        return new TraceContext(traceparent.asText(), tracestate != null && tracestate.isTextual() ? tracestate.asText() : null);
    }

    private static String shortText(JsonNode envelope, String attribute) {
        JsonNode node = envelope.get(attribute);
        if (node == null || !node.isTextual() || node.asText().isBlank() || node.asText().length() > 255
                || node.asText().indexOf('\0') >= 0) {
            return null;
        }
        return node.asText();
    }

    private static Long sequence(JsonNode envelope) {
        JsonNode sequence = envelope.get(SEQUENCE_ATTRIBUTE);
        if (sequence == null || sequence.isNull()) {
            return null;
        }
        if (!sequence.isIntegralNumber() || !sequence.canConvertToLong() || sequence.asLong() < 1) {
            throw RejectedEventException.malformed("attribute '" + SEQUENCE_ATTRIBUTE + "' is " + sequence + ", not an integer of at least 1");
        }
        String subject = text(envelope, "subject");
        if (subject == null || subject.isBlank()) {
            throw RejectedEventException.malformed("attribute '" + SEQUENCE_ATTRIBUTE + "' is given without a 'subject' to count it in");
        }
        return sequence.asLong();
    }

    private static UUID uuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw RejectedEventException.malformed("id '" + id + "' is not a UUID");
    }

    private static Instant instant(String time) {
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw RejectedEventException.malformed("time '" + time + "' is not an RFC 3339 timestamp");
        }
    }

    /**
     * What could be read of an envelope before it is applied, or of one that was not; each part null when unreadable,
     * the trace context {@link TraceContext#NONE}.
     */
    public record Identity(UUID id, String source, String type, TraceContext trace) {

        public static final Identity NONE = new Identity(null, null, null, TraceContext.NONE);
    }
}

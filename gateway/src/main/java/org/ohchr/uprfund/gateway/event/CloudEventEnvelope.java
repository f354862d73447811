package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A structured-mode CloudEvents 1.0 envelope, as every service publishes its events:
 * {@code {"specversion":"1.0","id":"<uuid>","source":"/upr-fund/...","type":"org.ohchr.uprfund...","subject":"<uuid>",
 * "time":"...","datacontenttype":"application/json","data":{...}}}.
 *
 * @param time when the producer says the event happened; null when it gave none
 * @param data the event's payload, read by the projection for its type
 */
public record CloudEventEnvelope(UUID id, String source, String type, String subject, Instant time, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    /**
     * @throws MalformedEventException when the value is not a CloudEvents 1.0 JSON envelope with a UUID id
     */
    public static CloudEventEnvelope parse(String value, ObjectMapper json) {
        JsonNode envelope;
        try {
            envelope = value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage());
        }
        if (envelope == null || !envelope.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        String specVersion = text(envelope, "specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("specversion is " + specVersion + ", expected " + SPEC_VERSION);
        }
        return new CloudEventEnvelope(
                uuid(required(envelope, "id")),
                required(envelope, "source"),
                required(envelope, "type"),
                text(envelope, "subject"),
                instant(text(envelope, "time")),
                envelope.get("data"));
    }

    private static String required(JsonNode envelope, String attribute) {
        String value = text(envelope, attribute);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("attribute '" + attribute + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode envelope, String attribute) {
        JsonNode node = envelope.get(attribute);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("id '" + id + "' is not a UUID");
        }
    }

    private static Instant instant(String time) {
        try {
            return time == null ? null : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("time '" + time + "' is not an RFC 3339 timestamp");
        }
    }
}

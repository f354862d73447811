package org.ohchr.uprfund.gateway.event;

import java.io.IOException;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.json.JsonSettings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Binds an event's data to its payload record, once {@link ProducerSchemas} has checked it against its producer's schema:
 * the schema is the contract, and binding adds no rule of its own. It reads as every service reads JSON
 * ({@link JsonSettings}), except that properties the record does not name are ignored, since a producer may add some.
 * Data the record cannot hold (a constant the gateway does not know, say) is an {@link EventRejectedException} of kind
 * SCHEMA naming the property.
 */
public final class EventPayload {

    private static final ObjectMapper JSON = json();

    private EventPayload() {
    }

    public static <T> T bind(CloudEventEnvelope event, Class<T> type) {
        ObjectReader reader = JSON.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return reader.readValue(event.data());
        } catch (JsonMappingException e) {
            throw EventRejectedException.schema(event.name() + ": " + path(e) + " cannot be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw EventRejectedException.schema(event.name() + ": data cannot be read: " + e.getMessage());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("data");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ObjectMapper json() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonSettings().customize(json);
        return json;
    }
}

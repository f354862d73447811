package org.ohchr.uprfund.gateway.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks an event's data against the JSON Schema its producer ships for its type ({@code META-INF/resources/events/
 * <EventName>.json} in the producer's {@code event-schemas} artifact, a dependency of the gateway), when there is one on
 * the class path and it names the type in {@code x-cloudevent-type}. A breach is an {@link EventRejectedException} of kind
 * SCHEMA. Properties the schema does not know are let through: a producer may add properties, and a consumer must not
 * break on them ({@code additionalProperties} is the producer's promise about what it writes, not the consumer's rule).
 * Types whose producer ships no schema are read by {@link EventData} alone, which checks the same rules by hand.
 */
@ApplicationScoped
public class ProducerSchemas {

    private static final String FOLDER = "META-INF/resources/events/";
    private static final Set<String> ADDITIONS = Set.of("additionalProperties", "unevaluatedProperties");
    private static final int ERRORS_REPORTED = 3;

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Optional<Schema>> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    public ProducerSchemas(ObjectMapper json) {
        this.json = json;
    }

    /** True when the producer of {@code type} ships a schema for it. */
    public boolean hasSchema(String type) {
        return schemaOf(type).isPresent();
    }

    /** @throws EventRejectedException (SCHEMA) when the data breaks the producer's schema */
    public void check(CloudEventEnvelope event) {
        Optional<Schema> schema = schemaOf(event.type());
        if (schema.isEmpty()) {
            return;
        }
        List<Error> errors = schema.get().validate(event.data()).stream()
                .filter(error -> !ADDITIONS.contains(error.getKeyword()))
                .toList();
        if (!errors.isEmpty()) {
            throw EventRejectedException.schema(event.name() + " fails its producer's schema (" + event.name() + ".json): "
                    + errors.stream().limit(ERRORS_REPORTED).map(Error::toString).collect(Collectors.joining("; "))
                    + (errors.size() > ERRORS_REPORTED ? "; and " + (errors.size() - ERRORS_REPORTED) + " more" : ""));
        }
    }

    private Optional<Schema> schemaOf(String type) {
        return schemas.computeIfAbsent(type, this::load);
    }

    private Optional<Schema> load(String type) {
        String name = type.substring(type.lastIndexOf('.') + 1);
        if (!name.matches("[A-Za-z0-9]{1,100}")) {
            return Optional.empty();
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + name + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode document = json.readTree(in);
            if (!type.equals(document.path("x-cloudevent-type").asText())) {
                return Optional.empty();
            }
            return Optional.of(registry.getSchema(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the schema of " + type, e);
        }
    }
}

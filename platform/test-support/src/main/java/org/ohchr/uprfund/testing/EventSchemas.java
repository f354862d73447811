package org.ohchr.uprfund.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Validates event payloads against the JSON Schemas their producer publishes on its classpath. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /**
     * @param schemaResource classpath location of the schema, such as {@code META-INF/resources/events/DonorRegistered.json}
     * @return the violations, empty when the payload conforms
     */
    public static List<String> violations(String schemaResource, JsonNode payload) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema on the classpath at " + schemaResource);
            }
            Schema schema = REGISTRY.getSchema(in);
            return schema.validate(payload).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + schemaResource, e);
        }
    }
}

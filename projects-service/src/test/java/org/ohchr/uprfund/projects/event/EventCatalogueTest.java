package org.ohchr.uprfund.projects.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.EventCatalogue;

/**
 * Every event this service publishes has a JSON Schema in the jar, and every schema describes an event it publishes:
 * the CloudEvents types the event classes declare as constants are exactly the types the schemas name.
 */
class EventCatalogueTest {

    private static final String PREFIX = "org.ohchr.uprfund.projects.";

    @Test
    void everyEventTypeHasASchemaAndEverySchemaAnEventType() {
        Map<String, Class<?>> declared = EventCatalogue.declaredTypes("org.ohchr.uprfund.projects.event");
        Map<String, String> schemas = EventCatalogue.schemas();

        assertThat(declared).hasSize(8);
        assertThat(schemas.keySet()).isEqualTo(declared.keySet());
    }

    @Test
    void typesAreTheServicesAndSchemasAreNamedAfterThem() {
        EventCatalogue.schemas().forEach((type, file) -> {
            assertThat(type).startsWith(PREFIX);
            assertThat(file).isEqualTo(type.substring(PREFIX.length()) + ".json");
        });
    }
}

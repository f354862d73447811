package org.ohchr.uprfund.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A producer's event catalogue, held together: the CloudEvents types its event classes declare, the JSON Schemas its jar
 * ships ({@link EventCatalogue}) and the events its README documents (the table of its {@code ## Events} section, one
 * row {@code | `Name` | when | key |} per event) name the same events, each type being the service's prefix and the
 * event's name, each schema file named after its event. A producing service's test extends it (a plain JUnit test: it
 * reads the build output and the README, not the running service).
 */
public abstract class EventCatalogueContract {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Za-z]+)` \\|.*\\|$");

    /** The package of the service's event classes, such as {@code org.ohchr.uprfund.projects.event}. */
    protected abstract String eventPackage();

    /** How the service's event types start, such as {@code org.ohchr.uprfund.projects.}. */
    protected abstract String typePrefix();

    @Test
    void everyEventTypeHasASchemaAndEverySchemaAnEventType() {
        Map<String, Class<?>> declared = EventCatalogue.declaredTypes(eventPackage());

        assertThat(declared).isNotEmpty();
        assertThat(EventCatalogue.schemas().keySet()).isEqualTo(declared.keySet());
    }

    @Test
    void typesAreTheServicesAndSchemasAreNamedAfterThem() {
        Map<String, String> schemas = EventCatalogue.schemas();

        assertThat(schemas).isNotEmpty();
        schemas.forEach((type, file) -> {
            assertThat(type).startsWith(typePrefix());
            assertThat(file).isEqualTo(type.substring(typePrefix().length()) + ".json");
        });
    }

    @Test
    void theReadmeDocumentsEveryEventPublishedAndNoOther() {
        Set<String> published = new TreeSet<>();
        EventCatalogue.declaredTypes(eventPackage()).keySet().forEach(type -> published.add(type.substring(typePrefix().length())));

        assertThat(documentedEvents(Path.of("README.md"))).isEqualTo(published);
    }

    /** The event names of the README's {@code ## Events} table. */
    static Set<String> documentedEvents(Path readme) {
        Set<String> events = new TreeSet<>();
        try {
            boolean inSection = false;
            for (String line : Files.readAllLines(readme)) {
                if (line.startsWith("## ")) {
                    inSection = line.equals("## Events");
                }
                Matcher row = ROW.matcher(line);
                if (inSection && row.matches()) {
                    events.add(row.group(1));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("The service's README.md must be readable from the module directory", e);
        }
        return events;
    }
}

package org.ohchr.uprfund.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.service.readmodel.EventProjection;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.TopicWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every event a producer's schema allows is applied: for every schema the producers ship (each producer's
 * {@code event-schemas} artifact, so that a new type is covered as soon as its producer ships it), instances at its
 * limits are made from the schema itself ({@link SchemaLimitInstances}), each checked against the schema, written to
 * the producer's topic as a CloudEvent as its relay writes it, and applied by the live consumer: none parked.
 */
@QuarkusTest
@TestProfile(SchemaLimitsProfile.class)
class EventSchemaLimitsTest {

    private static final String FOLDER = "META-INF/resources/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Instance<EventProjection> projections;

    @Inject
    AppliedEvents appliedEvents;

    private final Map<String, Long> sequences = new HashMap<>();

    @Test
    void everyInstanceAtItsSchemasLimitsIsAppliedAndNoneParked() throws IOException {
        Map<String, JsonNode> schemas = producerSchemas();
        assertEquals(applied(), schemas.keySet(), "a schema for every type the gateway applies, and a projection for every schema");

        // The aggregates the instances name: a project and a recommendation of the State the instances name.
        String state = "KHM";
        UUID projectId = UUID.randomUUID();
        UUID recommendationId = UUID.randomUUID();
        List<FundEvents.Event> context = List.of(
                FundEvents.projectProposed(projectId, "LIMITS-" + projectId, state, "1000.00", List.of(), List.of(16)),
                FundEvents.recommendationRecorded(recommendationId, state, "SUPPORTED", "NOT_STARTED", List.of(16)));
        Map<String, String> contextIds = Map.of("projectId", projectId.toString(), "recommendationId", recommendationId.toString());
        Set<String> openingTypes = Set.of(context.get(0).type(), context.get(1).type());
        for (FundEvents.Event event : context) {
            send(event.type(), event.key(), event.id(), event.data());
        }

        List<Sent> sent = new ArrayList<>();
        int variant = 0;
        for (Map.Entry<String, JsonNode> entry : schemas.entrySet()) {
            String type = entry.getKey();
            JsonNode schema = entry.getValue();
            String subject = subjectOf(schema);
            String tag = "v" + variant++;
            SchemaLimitInstances instances = new SchemaLimitInstances(name -> {
                if (name.equals("iso3") || name.equals("stateUnderReview")) {
                    return null;
                }
                return openingTypes.contains(type) && name.equals(subject) ? null : contextIds.get(name);
            }, tag);
            for (ObjectNode data : instances.of(schema)) {
                sameState(data, state);
                repair(instances, schema, data, type);
                assertEquals(List.of(), EventSchemas.violations(FOLDER + "/" + nameOf(type) + ".json", data), type + " " + data);
                UUID id = UUID.randomUUID();
                send(type, subject == null ? UUID.randomUUID().toString() : data.path(subject).asText(), id, data);
                sent.add(new Sent(type, id));
            }
        }

        for (Sent event : sent) {
            String source = sourceOf(event.type());
            String topic = topicOf(event.type());
            await().atMost(FundEventConsumptionTest.APPLIED_WITHIN).until(() -> {
                Map<String, Object> letter = FundStatusClient.deadLetterOfEvent(topic, event.id().toString());
                assertTrue(letter == null, () -> nameOf(event.type()) + " was parked: " + letter.get("reason"));
                return appliedEvents.contains(source, event.id());
            });
        }
        assertTrue(sent.size() > 2 * schemas.size(), "at least two instances of each type: " + sent.size());
    }

    private record Sent(String type, UUID id) {
    }

    /** Each State the instance names is the State of the aggregates it refers to. */
    private static void sameState(ObjectNode data, String state) {
        for (String field : List.of("iso3", "stateUnderReview")) {
            if (data.hasNonNull(field)) {
                data.put(field, state);
            }
        }
    }

    /** Conditions between properties ({@code if}/{@code then}): each property the schema refuses takes a value it allows. */
    private static void repair(SchemaLimitInstances instances, JsonNode schema, ObjectNode data, String type) {
        String resource = FOLDER + "/" + nameOf(type) + ".json";
        for (int round = 0; round < 5 && !EventSchemas.violations(resource, data).isEmpty(); round++) {
            for (String property : new TreeSet<>(data.properties().stream().map(Map.Entry::getKey).toList())) {
                if (EventSchemas.violations(resource, data).stream().noneMatch(error -> error.contains("/" + property))) {
                    continue;
                }
                JsonNode original = data.get(property);
                for (JsonNode alternative : instances.alternatives(schema, property)) {
                    data.set(property, alternative);
                    if (EventSchemas.violations(resource, data).stream().noneMatch(error -> error.contains("/" + property))) {
                        break;
                    }
                    data.set(property, original);
                }
            }
        }
    }

    /** Written as the producer's relay writes it: keyed by its subject, with its number within its aggregate. */
    private void send(String type, String subject, UUID id, JsonNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id.toString())
                .put("source", sourceOf(type))
                .put("type", type)
                .put("subject", subject)
                .put("aggregatesequence", sequences.merge(subject, 1L, Long::sum))
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data);
        TopicWriter.sendCloudEvent(topicOf(type), subject, envelope.toString());
    }

    /**
     * The property that keys the event, as its schema states it ("key and subject: projectId"); null when the key is
     * not in the data (the books, say), and the instance then gets a subject of its own.
     */
    private static String subjectOf(JsonNode schema) {
        java.util.regex.Matcher subject = java.util.regex.Pattern.compile("key and subject: (\\w+)")
                .matcher(schema.path("description").asText());
        return subject.find() ? subject.group(1) : null;
    }

    private static String nameOf(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** org.ohchr.uprfund.projects.X: from /upr-fund/projects-service on fund.projects.v1. */
    private static String producerOf(String type) {
        String[] parts = type.split("\\.");
        return parts[parts.length - 2];
    }

    private static String sourceOf(String type) {
        return "/upr-fund/" + producerOf(type) + "-service";
    }

    private static String topicOf(String type) {
        return SchemaLimitsProfile.topicOf(producerOf(type));
    }

    private Set<String> applied() {
        Set<String> types = new TreeSet<>();
        projections.forEach(projection -> types.addAll(projection.eventTypes()));
        return types;
    }

    /** Type -> schema, for every event schema on the class path (the producers' artifacts), by its x-cloudevent-type. */
    private static Map<String, JsonNode> producerSchemas() throws IOException {
        Map<String, JsonNode> schemas = new TreeMap<>();
        Enumeration<URL> folders = Thread.currentThread().getContextClassLoader().getResources(FOLDER);
        while (folders.hasMoreElements()) {
            URL folder = folders.nextElement();
            List<String> names = new ArrayList<>();
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection jar = (JarURLConnection) folder.openConnection();
                jar.setUseCaches(false);
                jar.getJarFile().stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(FOLDER + "/") && name.endsWith(".json")).forEach(names::add);
            } else {
                try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(folder.toString())))) {
                    files.map(file -> FOLDER + "/" + file.getFileName()).filter(name -> name.endsWith(".json")).forEach(names::add);
                }
            }
            for (String name : names) {
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                    assertNotNull(in, name);
                    JsonNode schema = JSON.readTree(in);
                    schemas.put(schema.path("x-cloudevent-type").asText(name), schema);
                }
            }
        }
        return schemas;
    }
}

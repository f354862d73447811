package org.ohchr.uprfund.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.ohchr.uprfund.gateway.FundEvents.CONTRIBUTIONS_TOPIC;
import static org.ohchr.uprfund.gateway.FundEvents.DONOR_REGISTERED;
import static org.ohchr.uprfund.gateway.FundEvents.PROJECTS_TOPIC;
import static org.ohchr.uprfund.gateway.FundStatusClient.count;
import static org.ohchr.uprfund.gateway.FundStatusClient.registeredDonors;
import static org.ohchr.uprfund.gateway.FundStatusClient.source;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.repository.AppliedEventRepository;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;
import org.ohchr.uprfund.testing.EventSchemas;
import org.ohchr.uprfund.testing.TopicWriter;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The read model is fed from the real broker, and applies each event once however often it is delivered. */
@QuarkusTest
class FundEventConsumptionTest {

    /** The producer's schema, from the artifact contributions-service ships its schemas in: never a copy. */
    private static final String DONOR_REGISTERED_SCHEMA = "META-INF/resources/events/DonorRegistered.json";
    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(60);

    @Inject
    FundDonorRepository donors;

    @Inject
    AppliedEventRepository appliedEvents;

    @Test
    void donorRegisteredEventIsAppliedOnceEvenWhenDeliveredTwice() {
        UUID donorId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Instant registeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode data = FundEvents.donorRegisteredData(donorId, "Norway", "STATE", "NOR", registeredAt);
        assertEquals(List.of(), violationsOfProducerSchema(data));
        String event = FundEvents.envelope(eventId, FundEvents.CONTRIBUTIONS_SOURCE, DONOR_REGISTERED, donorId,
                registeredAt.plusMillis(3), data);
        long registeredBefore = registeredDonors();
        Map<String, Object> before = source(CONTRIBUTIONS_TOPIC);

        TopicWriter.sendCloudEvent(CONTRIBUTIONS_TOPIC, donorId.toString(), event);
        TopicWriter.sendCloudEvent(CONTRIBUTIONS_TOPIC, donorId.toString(), event);

        await().atMost(APPLIED_WITHIN).untilAsserted(() -> {
            Map<String, Object> after = source(CONTRIBUTIONS_TOPIC);
            assertEquals(eventId.toString(), after.get("lastEventId"));
            assertEquals(count(before, "duplicatesIgnored") + 1, count(after, "duplicatesIgnored"));
        });
        Map<String, Object> after = source(CONTRIBUTIONS_TOPIC);
        assertEquals(count(before, "eventsApplied") + 1, count(after, "eventsApplied"));
        assertEquals(DONOR_REGISTERED, after.get("lastEventType"));
        assertEquals(registeredBefore + 1, registeredDonors());
        FundDonor donor = donor(donorId).orElseThrow();
        assertEquals("Norway", donor.name);
        assertEquals("STATE", donor.kind);
        assertEquals("NOR", donor.iso3);
        assertEquals(registeredAt, donor.registeredAt);
    }

    @Test
    void donorThatIsNotAStateCountsAmongOthers() {
        UUID donorId = UUID.randomUUID();
        Instant registeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode data = FundEvents.donorRegisteredData(donorId, "Organisation internationale de la Francophonie",
                "ORGANISATION", null, registeredAt);
        assertEquals(List.of(), violationsOfProducerSchema(data));
        JsonPath before = FundStatusClient.status();

        TopicWriter.sendCloudEvent(CONTRIBUTIONS_TOPIC, donorId.toString(), FundEvents.envelope(UUID.randomUUID(),
                FundEvents.CONTRIBUTIONS_SOURCE, DONOR_REGISTERED, donorId, registeredAt, data));

        await().atMost(APPLIED_WITHIN).until(() -> donor(donorId).isPresent());
        JsonPath after = FundStatusClient.status();
        assertEquals(before.getLong("donors.others") + 1, after.getLong("donors.others"));
        assertEquals(before.getLong("donors.states"), after.getLong("donors.states"));
    }

    @Test
    void eventOfUnknownTypeIsRecordedButChangesNoDonors() {
        UUID eventId = UUID.randomUUID();
        UUID projectId = UUID.randomUUID();
        String type = "org.ohchr.uprfund.projects.SomethingNotYetKnown";
        long registeredBefore = registeredDonors();
        Map<String, Object> before = source(PROJECTS_TOPIC);

        TopicWriter.sendCloudEvent(PROJECTS_TOPIC, projectId.toString(), FundEvents.envelope(eventId, "/upr-fund/projects-service",
                type, projectId, Instant.now(), FundEvents.object("projectId", projectId.toString())));

        await().atMost(APPLIED_WITHIN).untilAsserted(
                () -> assertEquals(eventId.toString(), source(PROJECTS_TOPIC).get("lastEventId")));
        Map<String, Object> after = source(PROJECTS_TOPIC);
        assertEquals(count(before, "eventsApplied") + 1, count(after, "eventsApplied"));
        assertEquals(type, after.get("lastEventType"));
        assertNotNull(after.get("lagSeconds"));
        AppliedEvent applied = QuarkusTransaction.requiringNew().call(() -> appliedEvents.findByIdOptional(eventId)).orElseThrow();
        assertEquals(type, applied.type);
        assertEquals(PROJECTS_TOPIC, applied.topic);
        assertEquals(registeredBefore, registeredDonors());
    }

    /** Read in a transaction of its own: Awaitility polls from another thread. */
    private Optional<FundDonor> donor(UUID donorId) {
        return QuarkusTransaction.requiringNew().call(() -> donors.findByIdOptional(donorId));
    }

    private static List<String> violationsOfProducerSchema(ObjectNode data) {
        return EventSchemas.violations(DONOR_REGISTERED_SCHEMA, data);
    }
}

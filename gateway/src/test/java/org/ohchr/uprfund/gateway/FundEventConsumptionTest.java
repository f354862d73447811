package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ohchr.uprfund.gateway.FundEvents.CONTRIBUTIONS_TOPIC;
import static org.ohchr.uprfund.gateway.FundEvents.DONOR_REGISTERED;
import static org.ohchr.uprfund.gateway.FundEvents.PROJECTS_TOPIC;
import static org.ohchr.uprfund.gateway.FundStatusClient.count;
import static org.ohchr.uprfund.gateway.FundStatusClient.deadLetterOfEvent;
import static org.ohchr.uprfund.gateway.FundStatusClient.freshSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.domain.FundDonor;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;
import org.ohchr.uprfund.testing.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The read model is fed from the real broker: each event applied once however often it is delivered, whatever order
 * aggregates arrive in, and a record it cannot apply parked with why while the records after it are applied.
 */
@QuarkusTest
class FundEventConsumptionTest {

    static final Duration APPLIED_WITHIN = Duration.ofSeconds(60);

    @Inject
    FundDonorRepository donors;

    @Inject
    EntityManager entityManager;

    @Test
    void donorRegisteredEventIsAppliedOnceEvenWhenDeliveredTwice() {
        UUID donorId = UUID.randomUUID();
        FundEvents.Event event = FundEvents.donorRegistered(donorId, "Norway", "STATE", "NOR");
        Map<String, Object> before = freshSource(CONTRIBUTIONS_TOPIC);

        EventPublisher.send(event, event);

        await().atMost(APPLIED_WITHIN).untilAsserted(() -> {
            Map<String, Object> after = freshSource(CONTRIBUTIONS_TOPIC);
            assertEquals(count(before, "duplicatesIgnored") + 1, count(after, "duplicatesIgnored"));
        });
        Map<String, Object> after = freshSource(CONTRIBUTIONS_TOPIC);
        assertEquals(count(before, "eventsApplied") + 1, count(after, "eventsApplied"));
        FundDonor donor = donor(donorId).orElseThrow();
        assertEquals("Norway", donor.name);
        assertEquals("STATE", donor.kind);
        assertEquals("NOR", donor.iso3);
        Object[] applied = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("SELECT type, topic FROM inbox_event WHERE source = :source AND event_id = :id")
                .setParameter("source", FundEvents.CONTRIBUTIONS_SOURCE).setParameter("id", event.id()).getSingleResult());
        assertEquals(DONOR_REGISTERED, applied[0]);
        assertEquals(CONTRIBUTIONS_TOPIC, applied[1]);
    }

    @Test
    void donorThatIsNotAStateCountsAmongOthers() {
        UUID donorId = UUID.randomUUID();
        JsonPath before = FundStatusClient.status();

        EventPublisher.send(FundEvents.donorRegistered(donorId, "Organisation internationale de la Francophonie", "ORGANISATION", null));

        await().atMost(APPLIED_WITHIN).untilAsserted(
                () -> assertEquals(before.getLong("donors.others") + 1, FundStatusClient.status().getLong("donors.others")));
        assertEquals(before.getLong("donors.states"), FundStatusClient.status().getLong("donors.states"));
    }

    @Test
    void eventOfUnknownTypeIsParkedAndChangesNothing() {
        UUID projectId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String type = "org.ohchr.uprfund.projects.SomethingNotYetKnown";
        Map<String, Object> before = freshSource(PROJECTS_TOPIC);

        RecordMetadata written = EventPublisher.sendRaw(PROJECTS_TOPIC, projectId.toString(), FundEvents.envelope(eventId,
                FundEvents.PROJECTS_SOURCE, type, projectId, Instant.now(), FundEvents.object("projectId", projectId.toString())));

        Map<String, Object> letter = awaitParked(PROJECTS_TOPIC, eventId);
        assertEquals("UNKNOWN_TYPE", letter.get("failure"));
        assertEquals("PARKED", letter.get("status"));
        assertEquals(type, letter.get("eventType"));
        assertEquals(written.partition(), letter.get("partition"));
        assertEquals(written.offset(), ((Number) letter.get("offset")).longValue());
        assertTrue(((String) letter.get("reason")).contains(type), letter.get("reason").toString());
        Map<String, Object> after = freshSource(PROJECTS_TOPIC);
        assertEquals(count(before, "eventsApplied"), count(after, "eventsApplied"));
        assertEquals(count(before, "parked") + 1, count(after, "parked"));
    }

    @Test
    void eventBreakingItsProducersSchemaIsParkedWithTheFieldNamedAndNothingApplied() {
        UUID donorId = UUID.randomUUID();
        UUID contributionId = UUID.randomUUID();
        FundEvents.Event valid = FundEvents.contributionReceived(contributionId, donorId, null, "1000.00", LocalDate.of(2023, 3, 1),
                "2023", null);
        ObjectNode broken = valid.data().deepCopy().put("amountUsd", "1000.5");
        BigDecimal contributionsBefore = contributionsReceived();

        EventPublisher.send(valid.withData(broken));

        Map<String, Object> letter = awaitParked(CONTRIBUTIONS_TOPIC, valid.id());
        assertEquals("SCHEMA", letter.get("failure"));
        assertTrue(((String) letter.get("reason")).contains("amountUsd"), letter.get("reason").toString());
        assertEquals(valid.withData(broken).envelope(), letter.get("value"));
        assertEquals(contributionsBefore, contributionsReceived());
    }

    @Test
    void propertyTheProducerAddedLaterIsIgnored() {
        UUID donorId = UUID.randomUUID();
        FundEvents.Event event = FundEvents.donorRegistered(donorId, "Republic of Korea", "STATE", "KOR");

        EventPublisher.send(event.withData(event.data().deepCopy().put("website", "https://www.mofa.go.kr")));

        await().atMost(APPLIED_WITHIN).until(() -> donor(donorId).isPresent());
    }

    @Test
    void poisonRecordIsParkedWhileTheRecordsAfterItOnTheSamePartitionAreApplied() {
        UUID donorId = UUID.randomUUID();
        String key = donorId.toString();
        byte[] notUtf8 = { (byte) 0xC3, (byte) 0x28, '{' };

        RecordMetadata garbage = EventPublisher.sendRaw(CONTRIBUTIONS_TOPIC, key, "{\"specversion\":\"1.0\", this is not JSON");
        RecordMetadata binary = EventPublisher.sendBytes(CONTRIBUTIONS_TOPIC, key, notUtf8);
        RecordMetadata after = EventPublisher.send(FundEvents.donorRegistered(donorId, "Singapore", "STATE", "SGP")).get(0);

        assertEquals(garbage.partition(), after.partition());
        await().atMost(APPLIED_WITHIN).until(() -> donor(donorId).isPresent());
        List<Map<String, Object>> parked = FundStatusClient.deadLetters(CONTRIBUTIONS_TOPIC).stream()
                .filter(letter -> key.equals(letter.get("key")))
                .toList();
        assertEquals(2, parked.size(), parked.toString());
        assertEquals(garbage.offset(), ((Number) parked.get(0).get("offset")).longValue());
        assertEquals("MALFORMED", parked.get(0).get("failure"));
        assertEquals(binary.offset(), ((Number) parked.get(1).get("offset")).longValue());
        assertEquals("MALFORMED", parked.get(1).get("failure"));
        assertEquals(Base64.getEncoder().encodeToString(notUtf8), parked.get(1).get("valueBase64"));
    }

    @Test
    void sameEntryUnderAnotherEventIdIsParkedAndTheFirstStands() {
        UUID donorId = UUID.randomUUID();
        FundEvents.Event first = FundEvents.donorRegistered(donorId, "Morocco", "STATE", "MAR");
        FundEvents.Event again = FundEvents.donorRegistered(donorId, "Kingdom of Morocco", "STATE", "MAR");

        EventPublisher.send(first, again);

        Map<String, Object> letter = awaitParked(CONTRIBUTIONS_TOPIC, again.id());
        assertEquals("UNAPPLIABLE", letter.get("failure"));
        assertTrue(((String) letter.get("reason")).contains("recorded by another event"), letter.get("reason").toString());
        assertEquals("Morocco", donor(donorId).orElseThrow().name);
    }

    @Test
    void eventWhoseTypeBelongsToAnotherTopicIsParked() {
        UUID donorId = UUID.randomUUID();
        FundEvents.Event forged = FundEvents.donorRegistered(donorId, "Nowhere", "PRIVATE", null).on(PROJECTS_TOPIC);

        EventPublisher.sendRaw(PROJECTS_TOPIC, donorId.toString(), forged.envelope());

        Map<String, Object> letter = awaitParked(PROJECTS_TOPIC, forged.id());
        assertEquals("UNKNOWN_TYPE", letter.get("failure"));
        assertTrue(donor(donorId).isEmpty());
    }

    @Test
    void contributionBeforeItsDonorCountsAndTheDonorJoinsWhenItArrives() {
        UUID donorId = UUID.randomUUID();
        UUID contributionId = UUID.randomUUID();
        BigDecimal before = contributionsReceived();

        EventPublisher.send(FundEvents.contributionReceived(contributionId, donorId, null, "2500.00", LocalDate.of(2023, 5, 2), "2023",
                "Out of order test"));

        await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertEquals(before.add(new BigDecimal("2500.00")), contributionsReceived()));
        assertNull(donorRowName(donorId));

        EventPublisher.send(FundEvents.donorRegistered(donorId, "Pakistan", "STATE", "PAK"));

        await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertEquals("Pakistan", donorRowName(donorId)));
    }

    @Test
    void updateOfAProjectNotYetKnownIsParkedAndAppliedByItsReplayOnceTheProjectArrives() {
        UUID projectId = UUID.randomUUID();
        // The proposal happened first; its event is held back, so its approval arrives alone.
        FundEvents.Event proposed = FundEvents.projectProposed(projectId, "MDA-2023-01", "MDA", "75000.00", List.of(), List.of(16));
        FundEvents.Event approved = FundEvents.projectApproved(projectId, "MDA", "80000.00", LocalDate.of(2023, 2, 1));

        EventPublisher.send(approved);
        Map<String, Object> letter = awaitParked(PROJECTS_TOPIC, approved.id());
        assertEquals("UNAPPLIABLE", letter.get("failure"));
        assertTrue(((String) letter.get("reason")).contains(projectId.toString()));

        // Still missing: the replay leaves it parked, says why again, and counts the try.
        given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/dead-letters/" + letter.get("id") + "/replay")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PARKED"))
                .body("replays", org.hamcrest.Matchers.equalTo(1));

        EventPublisher.send(proposed);
        await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertEquals(1L, projectsOf("MDA")));

        given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/dead-letters/" + letter.get("id") + "/replay")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("APPLIED"))
                .body("replays", org.hamcrest.Matchers.equalTo(2))
                .body("resolvedAt", org.hamcrest.Matchers.notNullValue());
        await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertEquals(1L, fundedProjectsOf("MDA")));

        // Replayed again: nothing more happens.
        given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/dead-letters/" + letter.get("id") + "/replay")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("APPLIED"))
                .body("replays", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void deadLettersAreAFundManagersOnly() {
        given().get("/api/fund/dead-letters").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.fieldOffice("NGA")).get("/api/fund/dead-letters").then().statusCode(403);
        given().auth().oauth2(TestTokens.recommendationsEditor()).post("/api/fund/dead-letters/replay").then().statusCode(403);
        given().auth().oauth2(TestTokens.fundManager()).get("/api/fund/dead-letters?status=LOST").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("status"));
        given().auth().oauth2(TestTokens.fundManager()).get("/api/fund/dead-letters/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.fundManager()).post("/api/fund/dead-letters/" + UUID.randomUUID() + "/replay")
                .then().statusCode(404);
    }

    static Map<String, Object> awaitParked(String topic, UUID eventId) {
        return await().atMost(APPLIED_WITHIN).until(() -> deadLetterOfEvent(topic, eventId.toString()), letter -> letter != null);
    }

    static BigDecimal contributionsReceived() {
        return FundStatusClient.money(FundStatusClient.status(), "income.byKind.find { it.code == 'CONTRIBUTIONS_RECEIVED' }.amountUsd");
    }

    static long projectsOf(String iso3) {
        Object projects = FundStatusClient.status().get("projects.byCountry.find { it.iso3 == '" + iso3 + "' }.projects");
        return projects == null ? 0 : ((Number) projects).longValue();
    }

    static long fundedProjectsOf(String iso3) {
        Object funded = FundStatusClient.status().get("projects.byCountry.find { it.iso3 == '" + iso3 + "' }.funded");
        return funded == null ? 0 : ((Number) funded).longValue();
    }

    /** The donor name of a contributions table row, null while the donor is unknown; fails when the row is missing. */
    private static String donorRowName(UUID donorId) {
        JsonPath table = given().get("/api/fund/contributions?groupBy=donor").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = table.getMap("rows.find { it.donor.id == '" + donorId + "' }");
        assertNotNull(row, "no row for donor " + donorId);
        @SuppressWarnings("unchecked")
        Map<String, Object> donor = (Map<String, Object>) row.get("donor");
        return (String) donor.get("name");
    }

    /** Read in a transaction of its own: Awaitility polls from another thread. */
    private Optional<FundDonor> donor(UUID donorId) {
        return QuarkusTransaction.requiringNew().call(() -> donors.findByIdOptional(donorId));
    }
}

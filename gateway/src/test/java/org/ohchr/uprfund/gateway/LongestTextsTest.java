package org.ohchr.uprfund.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.EventSchemas;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Text as long as its producer allows is applied: a recommendation's text and a progress narrative of 20,000 characters
 * (their schemas' {@code maxLength}), and the recommendation's later events with them, none of them parked.
 */
@QuarkusTest
class LongestTextsTest {

    private static final int LONGEST = 20_000;

    @Inject
    AppliedEvents appliedEvents;

    @Test
    void recommendationWithTheLongestTextIsAppliedAndSoAreItsLaterEvents() {
        UUID recommendationId = UUID.randomUUID();
        FundEvents.Event recorded = FundEvents.recommendationRecorded(recommendationId, "KHM", "SUPPORTED", "NOT_STARTED", List.of(16));
        recorded = recorded.withData(recorded.data().deepCopy().put("text", "a".repeat(LONGEST)));
        FundEvents.Event started = FundEvents.implementationStatusChanged(recommendationId, "KHM", "NOT_STARTED", "IN_PROGRESS");
        assertEquals(List.of(), EventSchemas.violations("META-INF/resources/events/RecommendationRecorded.json", recorded.data()));

        EventPublisher.send(recorded, started);

        awaitApplied(FundEvents.RECOMMENDATIONS_SOURCE, recorded);
        awaitApplied(FundEvents.RECOMMENDATIONS_SOURCE, started);
    }

    @Test
    void progressReportWithTheLongestNarrativeIsApplied() {
        UUID projectId = UUID.randomUUID();
        FundEvents.Event proposed = FundEvents.projectProposed(projectId, "KHM-LONG", "KHM", "1000.00", List.of(), List.of(16));
        FundEvents.Event reported = FundEvents.progressReported(UUID.randomUUID(), projectId, "KHM", LocalDate.of(2023, 6, 30),
                "ON_TRACK", "n".repeat(LONGEST), List.of());
        assertEquals(List.of(), EventSchemas.violations("META-INF/resources/events/ProgressReported.json", reported.data()));

        EventPublisher.send(proposed, reported);

        awaitApplied(FundEvents.PROJECTS_SOURCE, proposed);
        awaitApplied(FundEvents.PROJECTS_SOURCE, reported);
    }

    private void awaitApplied(String source, FundEvents.Event event) {
        await().atMost(FundEventConsumptionTest.APPLIED_WITHIN).until(() -> {
            assertNull(FundStatusClient.deadLetterOfEvent(event.topic(), event.id().toString()), event.name() + " was parked");
            return appliedEvents.contains(source, event.id());
        });
    }
}

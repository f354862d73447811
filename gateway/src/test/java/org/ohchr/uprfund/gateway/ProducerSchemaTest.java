package org.ohchr.uprfund.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.event.ProducerSchemas;
import org.ohchr.uprfund.gateway.service.readmodel.EventProjection;
import org.ohchr.uprfund.testing.EventSchemas;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The test events are the producers' events: each builder of {@link FundEvents}, and every event of the report's data,
 * validates against the schema its producer ships (the producers' event-schemas artifacts, never a copy); and every type
 * the gateway applies has such a schema, against which the gateway checks what it consumes.
 */
@QuarkusTest
class ProducerSchemaTest {

    @Inject
    Instance<EventProjection> projections;

    @Inject
    ProducerSchemas schemas;

    @Test
    void everyTestEventIsValidAgainstItsProducersSchema() {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.of(2023, 6, 30);
        List<FundEvents.Event> events = new ArrayList<>(List.of(
                FundEvents.donorRegistered(id, "Norway", "STATE", "NOR"),
                FundEvents.donorRegistered(id, "A foundation", "PRIVATE", null),
                FundEvents.pledgeRecorded(id, id, "1000.00", day, "2022-2023"),
                FundEvents.pledgeCancelled(id, id, "250.00", day),
                FundEvents.contributionReceived(id, id, id, "1000.00", day, "2023", "Bank 1"),
                FundEvents.contributionReceived(id, id, null, "1000.00", day, "2023", null),
                FundEvents.contributionReversed(UUID.randomUUID(), id, id, "-1000.00", day, "2023"),
                FundEvents.exchangeDifferenceRecorded(UUID.randomUUID(), id, id, id, "-2000.00", day),
                FundEvents.incomeRecorded(id, "INVESTMENT", "10.00", day, "Interest", null, null),
                FundEvents.incomeRecorded(id, "PRIOR_YEAR_PLEDGE_RECEIPT", "10.00", day, "Pledge of 2022", "2022", null),
                FundEvents.incomeRecorded(id, "MISCELLANEOUS", "10.00", day, "Reconciling", null, "MISCELLANEOUS_AND_INVESTMENT_INCOME"),
                FundEvents.incomeReversed(UUID.randomUUID(), id, "INVESTMENT", "-10.00", day),
                FundEvents.balanceCarriedForward(id, day, "100.00"),
                FundEvents.accountingYearClosingRequested(2022),
                FundEvents.accountingYearClosingConfirmed(2022, id),
                FundEvents.accountingYearClosed(2022),
                FundEvents.projectProposed(id, "KHM-1", "KHM", "150000.00", List.of(UUID.randomUUID()), List.of(16, 5)),
                FundEvents.projectProposed(id, "KHM-2", "KHM", "Title", null, null, "0.00", "No budget stated", List.of(), List.of()),
                FundEvents.projectApproved(id, "KHM", "150000.00", day),
                FundEvents.projectStatusChanged(id, "KHM", "APPROVED", "ACTIVE"),
                FundEvents.budgetRevised(UUID.randomUUID(), id, "KHM", "150000.00", "120000.00", day),
                FundEvents.progressReported(UUID.randomUUID(), id, "KHM", day, "AT_RISK", "Delays", List.of(UUID.randomUUID())),
                FundEvents.expenditureRecorded(UUID.randomUUID(), id, "KHM", day, "STAFF", "100.00", "Salaries", null),
                FundEvents.expenditureRecorded(UUID.randomUUID(), null, null, day, "GRANTS", "100.00", "Grant", "GRANTS"),
                FundEvents.expenditureReversed(UUID.randomUUID(), id, id, "KHM", day, "STAFF", "-100.00"),
                FundEvents.recommendationRecorded(id, "KHM", "SUPPORTED", "NOT_STARTED", List.of(16)),
                FundEvents.recommendationRevised(id, "KHM", "NOTED", "IN_PROGRESS", List.of(5, 16)),
                FundEvents.responseRecorded(id, "KHM", "PENDING", "SUPPORTED"),
                FundEvents.responseRecorded(id, "KHM", null, "SUPPORTED"),
                FundEvents.implementationStatusChanged(id, "KHM", "NOT_STARTED", "IN_PROGRESS"),
                FundEvents.sdgLinkAccepted(id, "KHM", 16, "16.3")));
        events.addAll(Report2020.events());
        Set<String> types = new TreeSet<>();
        for (FundEvents.Event event : events) {
            types.add(event.type());
            assertEquals(List.of(), EventSchemas.violations("META-INF/resources/events/" + event.name() + ".json", event.data()),
                    event.name() + " " + event.data());
        }
        assertEquals(applied(), types, "a test event of every type the gateway applies");
    }

    @Test
    void everyTypeTheGatewayAppliesHasItsProducersSchemaOnTheClassPath() {
        for (String type : applied()) {
            assertTrue(schemas.hasSchema(type), type);
        }
    }

    private Set<String> applied() {
        Set<String> types = new TreeSet<>();
        projections.forEach(projection -> types.addAll(projection.eventTypes()));
        return types;
    }
}

package org.ohchr.uprfund.gateway;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every event the gateway consumes, as its producer publishes it (structured-mode CloudEvents, keyed by aggregate id),
 * for tests to put on the topics. The one place test events are built: the data of each type has exactly the properties
 * of its producer's schema, as the producer ships it: {@link ProducerSchemaTest} checks each builder against them.
 */
final class FundEvents {

    static final String CONTRIBUTIONS_TOPIC = "fund.contributions.v1";
    static final String PROJECTS_TOPIC = "fund.projects.v1";
    static final String RECOMMENDATIONS_TOPIC = "fund.recommendations.v1";
    static final String CONTRIBUTIONS_SOURCE = "/upr-fund/contributions-service";
    static final String PROJECTS_SOURCE = "/upr-fund/projects-service";
    static final String RECOMMENDATIONS_SOURCE = "/upr-fund/recommendations-service";
    static final String CONTRIBUTIONS = "org.ohchr.uprfund.contributions.";
    static final String PROJECTS = "org.ohchr.uprfund.projects.";
    static final String RECOMMENDATIONS = "org.ohchr.uprfund.recommendations.";
    static final String DONOR_REGISTERED = CONTRIBUTIONS + "DonorRegistered";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FundEvents() {
    }

    /**
     * An event ready to send: where it goes, its key, its envelope; {@code sequence} its {@code aggregatesequence}, null
     * for an event without one (as events were written before they carried it).
     */
    record Event(String topic, String key, UUID id, String type, ObjectNode data, Instant time, Long sequence) {

        Event(String topic, String key, UUID id, String type, ObjectNode data, Instant time) {
            this(topic, key, id, type, data, time, null);
        }

        String name() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        String envelope() {
            String source = type.startsWith(CONTRIBUTIONS) ? CONTRIBUTIONS_SOURCE
                    : type.startsWith(PROJECTS) ? PROJECTS_SOURCE : RECOMMENDATIONS_SOURCE;
            String envelope = FundEvents.envelope(id, source, type, key, time, data);
            if (sequence == null) {
                return envelope;
            }
            try {
                ObjectNode sequenced = (ObjectNode) JSON.readTree(envelope);
                sequenced.put("aggregatesequence", sequence);
                return sequenced.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The same event as the {@code sequence}-th of its aggregate. */
        Event withSequence(long number) {
            return new Event(topic, key, id, type, data, time, number);
        }

        /** The same event as a producer whose clock says {@code at} writes it. */
        Event at(Instant at) {
            return new Event(topic, key, id, type, data, at, sequence);
        }

        /** The same event with other data (a test breaking it on purpose), keeping its id. */
        Event withData(ObjectNode other) {
            return new Event(topic, key, id, type, other, time, sequence);
        }

        /** The same event on another topic (a test profile with topics of its own). */
        Event on(String otherTopic) {
            return new Event(otherTopic, key, id, type, data, time, sequence);
        }
    }

    private static Event contributions(String name, UUID key, ObjectNode data) {
        return new Event(CONTRIBUTIONS_TOPIC, key.toString(), UUID.randomUUID(), CONTRIBUTIONS + name, data, Instant.now());
    }

    private static Event projects(String name, UUID key, ObjectNode data) {
        return new Event(PROJECTS_TOPIC, key.toString(), UUID.randomUUID(), PROJECTS + name, data, Instant.now());
    }

    private static Event recommendations(String name, UUID key, ObjectNode data) {
        return new Event(RECOMMENDATIONS_TOPIC, key.toString(), UUID.randomUUID(), RECOMMENDATIONS + name, data, Instant.now());
    }

    // contributions-service

    static ObjectNode donorRegisteredData(UUID donorId, String name, String kind, String iso3, Instant registeredAt) {
        ObjectNode data = object().put("donorId", donorId.toString()).put("name", name).put("kind", kind);
        text(data, "iso3", iso3);
        return data.put("registeredAt", registeredAt.toString());
    }

    static Event donorRegistered(UUID donorId, String name, String kind, String iso3) {
        return contributions("DonorRegistered", donorId, donorRegisteredData(donorId, name, kind, iso3, Instant.now()));
    }

    static Event pledgeRecorded(UUID pledgeId, UUID donorId, String amountUsd, LocalDate pledgedOn, String period) {
        return contributions("PledgeRecorded", pledgeId, object()
                .put("pledgeId", pledgeId.toString())
                .put("donorId", donorId.toString())
                .put("amount", amountUsd)
                .put("currency", "USD")
                .put("usdPerUnit", "1")
                .put("amountUsd", amountUsd)
                .put("pledgedOn", pledgedOn.toString())
                .put("period", period)
                .putNull("dueOn")
                .put("recordedAt", Instant.now().toString()));
    }

    static Event pledgeCancelled(UUID pledgeId, UUID donorId, String outstandingUsd, LocalDate effectiveOn) {
        return contributions("PledgeCancelled", pledgeId, object()
                .put("pledgeId", pledgeId.toString())
                .put("donorId", donorId.toString())
                .put("reason", "WRITTEN_OFF")
                .put("effectiveOn", effectiveOn.toString())
                .put("outstandingAmount", outstandingUsd)
                .put("currency", "USD")
                .put("outstandingUsd", outstandingUsd)
                .putNull("note")
                .put("recordedAt", Instant.now().toString()));
    }

    /** Money received in US dollars (rate 1), without a pledge unless one is given. */
    static Event contributionReceived(UUID contributionId, UUID donorId, UUID pledgeId, String amountUsd, LocalDate receivedOn,
            String period, String bankReference) {
        ObjectNode data = object()
                .put("contributionId", contributionId.toString())
                .put("donorId", donorId.toString());
        text(data, "pledgeId", pledgeId == null ? null : pledgeId.toString());
        data.put("receivedOn", receivedOn.toString())
                .put("amount", amountUsd)
                .put("currency", "USD")
                .put("usdPerUnit", "1")
                .put("amountUsd", amountUsd)
                .put("period", period);
        text(data, "bankReference", bankReference);
        return contributions("ContributionReceived", contributionId, data.put("recordedAt", Instant.now().toString()));
    }

    static Event contributionReversed(UUID reversalId, UUID reversedId, UUID donorId, String amountUsd, LocalDate reversedOn,
            String period) {
        return contributions("ContributionReversed", reversedId, object()
                .put("contributionId", reversalId.toString())
                .put("reversedContributionId", reversedId.toString())
                .put("donorId", donorId.toString())
                .putNull("pledgeId")
                .put("reversedOn", reversedOn.toString())
                .put("amount", amountUsd)
                .put("currency", "USD")
                .put("usdPerUnit", "1")
                .put("amountUsd", amountUsd)
                .put("period", period)
                .put("reason", "Returned by the bank")
                .putNull("bankReference")
                .put("reversedInFull", true)
                .put("recordedAt", Instant.now().toString()));
    }

    static Event exchangeDifferenceRecorded(UUID differenceId, UUID contributionId, UUID pledgeId, UUID donorId, String amountUsd,
            LocalDate recordedOn) {
        return contributions("ExchangeDifferenceRecorded", contributionId, object()
                .put("exchangeDifferenceId", differenceId.toString())
                .put("contributionId", contributionId.toString())
                .putNull("reversedExchangeDifferenceId")
                .put("pledgeId", pledgeId.toString())
                .put("donorId", donorId.toString())
                .put("recordedOn", recordedOn.toString())
                .put("amountApplied", "100000.00")
                .put("currency", "EUR")
                .put("pledgeUsdPerUnit", "1.10")
                .put("receiptUsdPerUnit", "1.12")
                .put("amountUsd", amountUsd)
                .put("recordedAt", Instant.now().toString()));
    }

    /** Other income of a kind; with a reconciliation label when {@code reportLine} is given. */
    static Event incomeRecorded(UUID incomeId, String kind, String amountUsd, LocalDate accountingDate, String description,
            String pledgePeriod, String reportLine) {
        ObjectNode data = object()
                .put("incomeId", incomeId.toString())
                .put("kind", kind)
                .put("accountingDate", accountingDate.toString())
                .put("amountUsd", amountUsd)
                .put("description", description)
                .putNull("donorId");
        text(data, "pledgePeriod", pledgePeriod);
        data.set("reconciliation", reportLine == null ? JSON.nullNode()
                : object().put("reportLine", reportLine).put("note", "Recorded to reconcile with the report's figure"));
        return contributions("IncomeRecorded", incomeId, data.put("recordedAt", Instant.now().toString()));
    }

    static Event incomeReversed(UUID reversalId, UUID reversedId, String kind, String amountUsd, LocalDate accountingDate) {
        ObjectNode data = object()
                .put("incomeId", reversalId.toString())
                .put("reversedIncomeId", reversedId.toString())
                .put("kind", kind)
                .put("accountingDate", accountingDate.toString())
                .put("amountUsd", amountUsd)
                .put("reason", "Entered twice");
        data.putNull("reconciliation");
        return contributions("IncomeReversed", reversedId, data.put("recordedAt", Instant.now().toString()));
    }

    static Event balanceCarriedForward(UUID balanceId, LocalDate balanceDate, String amountUsd) {
        return contributions("BalanceCarriedForward", balanceId, object()
                .put("balanceId", balanceId.toString())
                .put("balanceDate", balanceDate.toString())
                .put("amountUsd", amountUsd)
                .put("source", "Annual report of the UPR Voluntary Fund to the Human Rights Council")
                .put("reference", "Table 1, line: Fund balance at 1 January " + balanceDate.getYear())
                .put("recordedAt", Instant.now().toString()));
    }

    static Event accountingYearClosed(int year) {
        return contributions("AccountingYearClosed", UUID.nameUUIDFromBytes("books".getBytes()), object()
                .put("year", year)
                .put("closedThrough", LocalDate.of(year, 12, 31).toString())
                .putNull("note")
                .put("closedAt", Instant.now().toString()));
    }

    static Event accountingYearClosingRequested(int year) {
        ObjectNode data = object()
                .put("year", year)
                .put("closedThrough", LocalDate.of(year, 12, 31).toString())
                .putNull("note")
                .put("requestedAt", Instant.now().toString());
        data.putArray("awaitedLedgers").add("projects-service");
        return contributions("AccountingYearClosingRequested", UUID.nameUUIDFromBytes("books".getBytes()), data);
    }

    // projects-service (fund.projects.v1, per the suite's event contracts)

    static Event accountingYearClosingConfirmed(int year, UUID requestEventId) {
        return projects("AccountingYearClosingConfirmed", UUID.nameUUIDFromBytes("projects books".getBytes()), object()
                .put("year", year)
                .put("closedThrough", LocalDate.of(year, 12, 31).toString())
                .put("ledger", "projects-service")
                .put("requestEventId", requestEventId.toString())
                .put("confirmedAt", Instant.now().toString()));
    }

    static Event projectProposed(UUID projectId, String code, String iso3, String budgetUsd, List<UUID> recommendationIds,
            List<Integer> sdgGoals) {
        return projectProposed(projectId, code, iso3, "Strengthening the national mechanism for implementation, reporting and follow-up in "
                + iso3, "NATIONAL_MECHANISM", "OHCHR field presence, " + iso3, budgetUsd, null, recommendationIds, sdgGoals);
    }

    static Event projectProposed(UUID projectId, String code, String iso3, String title, String strategicArea, String fieldPresence,
            String budgetUsd, String budgetNote, List<UUID> recommendationIds, List<Integer> sdgGoals) {
        ObjectNode data = object()
                .put("projectId", projectId.toString())
                .put("code", code)
                .put("iso3", iso3)
                .put("title", title);
        text(data, "fieldPresence", fieldPresence);
        text(data, "strategicArea", strategicArea);
        data.put("plannedStart", "2020-01-01")
                .put("plannedEnd", "2021-12-31")
                .put("budgetUsd", budgetUsd);
        text(data, "budgetNote", budgetNote);
        data.put("genderMarker", 2);
        ArrayNode recommendations = data.putArray("recommendationIds");
        recommendationIds.forEach(id -> recommendations.add(id.toString()));
        ArrayNode goals = data.putArray("sdgGoals");
        sdgGoals.forEach(goals::add);
        return projects("ProjectProposed", projectId, data.put("proposedBy", "field-office@local")
                .put("recordedAt", Instant.now().toString()));
    }

    static Event projectApproved(UUID projectId, String iso3, String approvedBudgetUsd, LocalDate approvedOn) {
        return projectApproved(projectId, iso3, approvedBudgetUsd, null, "Note verbale of the Permanent Mission of " + iso3, approvedOn);
    }

    static Event projectApproved(UUID projectId, String iso3, String approvedBudgetUsd, String budgetNote, String consentReference,
            LocalDate approvedOn) {
        ObjectNode data = object()
                .put("projectId", projectId.toString())
                .put("iso3", iso3)
                .put("approvedOn", approvedOn.toString())
                .put("approvedBudgetUsd", approvedBudgetUsd);
        text(data, "budgetNote", budgetNote);
        return projects("ProjectApproved", projectId, data.put("consentReference", consentReference)
                .put("approvedBy", "fund-manager@local")
                .put("recordedAt", Instant.now().toString()));
    }

    static Event projectStatusChanged(UUID projectId, String iso3, String previousStatus, String status) {
        return projectStatusChanged(projectId, iso3, previousStatus, status, null);
    }

    static Event projectStatusChanged(UUID projectId, String iso3, String previousStatus, String status, String reason) {
        ObjectNode data = object()
                .put("projectId", projectId.toString())
                .put("iso3", iso3)
                .put("previousStatus", previousStatus)
                .put("status", status);
        text(data, "reason", reason);
        return projects("ProjectStatusChanged", projectId, data
                .put("changedBy", "fund-manager@local")
                .put("recordedAt", Instant.now().toString()));
    }

    static Event budgetRevised(UUID revisionId, UUID projectId, String iso3, String previousUsd, String revisedUsd,
            LocalDate effectiveOn) {
        return projects("BudgetRevised", projectId, object()
                .put("revisionId", revisionId.toString())
                .put("projectId", projectId.toString())
                .put("iso3", iso3)
                .put("previousBudgetUsd", previousUsd)
                .put("revisedBudgetUsd", revisedUsd)
                .put("changeUsd", new BigDecimal(revisedUsd).subtract(new BigDecimal(previousUsd)).toPlainString())
                .put("effectiveOn", effectiveOn.toString())
                .put("reason", "Second phase agreed with the State")
                .put("revisedBy", "fund-manager@local")
                .put("recordedAt", Instant.now().toString()));
    }

    static Event progressReported(UUID updateId, UUID projectId, String iso3, LocalDate periodEnd, String status, String narrative,
            List<UUID> recommendationIds) {
        ObjectNode data = object()
                .put("updateId", updateId.toString())
                .put("projectId", projectId.toString())
                .put("iso3", iso3)
                .put("periodStart", periodEnd.withDayOfMonth(1).minusMonths(5).toString())
                .put("periodEnd", periodEnd.toString())
                .put("status", status)
                .put("narrative", narrative);
        ArrayNode recommendations = data.putArray("recommendationIds");
        recommendationIds.forEach(id -> recommendations.add(id.toString()));
        data.putArray("indicators").addObject()
                .put("name", "Focal points trained")
                .put("unit", "people")
                .put("baseline", "0")
                .put("target", "40")
                .put("actual", "36");
        return projects("ProgressReported", projectId, data.put("reportedBy", "field-office@local")
                .put("recordedAt", Instant.now().toString()));
    }

    /** A progress update with the indicators given as [name, unit, actual] (no baseline, no target). */
    static Event progressReported(UUID updateId, UUID projectId, String iso3, LocalDate periodStart, LocalDate periodEnd, String status,
            String narrative, List<List<String>> indicators) {
        ObjectNode data = object()
                .put("updateId", updateId.toString())
                .put("projectId", projectId.toString())
                .put("iso3", iso3)
                .put("periodStart", periodStart.toString())
                .put("periodEnd", periodEnd.toString())
                .put("status", status)
                .put("narrative", narrative);
        data.putArray("recommendationIds");
        ArrayNode items = data.putArray("indicators");
        for (List<String> indicator : indicators) {
            items.addObject().put("name", indicator.get(0)).put("unit", indicator.get(1)).putNull("baseline").putNull("target")
                    .put("actual", indicator.get(2));
        }
        return projects("ProgressReported", projectId, data.put("reportedBy", "field-office@local")
                .put("recordedAt", Instant.now().toString()));
    }

    /** Spent in a cost category; {@code projectId} null for a fund-level cost; with a reconciliation when a line is given. */
    static Event expenditureRecorded(UUID expenditureId, UUID projectId, String iso3, LocalDate spentOn, String costCategory,
            String amountUsd, String description, String reportLine) {
        return expenditureRecorded(expenditureId, projectId, iso3, spentOn, costCategory, amountUsd, description, null, reportLine,
                reportLine == null ? null : "Recorded to reconcile with the report's figure");
    }

    static Event expenditureRecorded(UUID expenditureId, UUID projectId, String iso3, LocalDate spentOn, String costCategory,
            String amountUsd, String description, String reference, String reportLine, String reconciliationNote) {
        ObjectNode data = object().put("expenditureId", expenditureId.toString());
        text(data, "projectId", projectId == null ? null : projectId.toString());
        text(data, "iso3", iso3);
        data.put("spentOn", spentOn.toString())
                .put("costCategory", costCategory)
                .put("amountUsd", amountUsd)
                .put("description", description);
        text(data, "reference", reference);
        data.set("reconciliation", reportLine == null ? JSON.nullNode()
                : object().put("reportLine", reportLine).put("note", reconciliationNote));
        return projects("ExpenditureRecorded", expenditureId, data.put("recordedBy", "fund-manager@local")
                .put("recordedAt", Instant.now().toString()));
    }

    static Event expenditureReversed(UUID reversalId, UUID reversedId, UUID projectId, String iso3, LocalDate spentOn,
            String costCategory, String amountUsd) {
        return expenditureReversed(reversalId, reversedId, projectId, iso3, spentOn, costCategory, amountUsd,
                "Obligation liquidated for less than recorded", null);
    }

    static Event expenditureReversed(UUID reversalId, UUID reversedId, UUID projectId, String iso3, LocalDate spentOn,
            String costCategory, String amountUsd, String reason, String reference) {
        ObjectNode data = object()
                .put("expenditureId", reversalId.toString())
                .put("reversesExpenditureId", reversedId.toString());
        text(data, "projectId", projectId == null ? null : projectId.toString());
        text(data, "iso3", iso3);
        data.put("spentOn", spentOn.toString())
                .put("costCategory", costCategory)
                .put("amountUsd", amountUsd)
                .put("reason", reason);
        text(data, "reference", reference);
        data.putNull("reconciliation");
        return projects("ExpenditureReversed", reversedId, data.put("recordedBy", "fund-manager@local")
                .put("recordedAt", Instant.now().toString()));
    }

    // recommendations-service (fund.recommendations.v1, per the suite's event contracts)

    static ObjectNode recommendationData(UUID recommendationId, String stateUnderReview, String response, String status,
            List<Integer> sdgGoals) {
        ObjectNode data = object()
                .put("recommendationId", recommendationId.toString())
                .put("stateUnderReview", stateUnderReview);
        data.putArray("recommendingStates").add("NOR").add("FRA");
        data.put("mechanism", "UPR")
                .put("cycle", 3)
                .put("session", "32")
                .put("documentSymbol", "A/HRC/41/17")
                .put("paragraph", "110.45")
                .put("language", "en")
                .put("text", "Continue to strengthen the national mechanism for implementation, reporting and follow-up")
                .put("response", response)
                .put("actionCategory", 4);
        data.putArray("themes").add("NATIONAL_MECHANISM");
        data.putArray("affectedPersons").add("GENERAL_POPULATION");
        ArrayNode goals = data.putArray("sdgGoals");
        sdgGoals.forEach(goals::add);
        ArrayNode targets = data.putArray("sdgTargets");
        sdgGoals.forEach(goal -> targets.add(goal + ".3"));
        return data.put("implementationStatus", status);
    }

    static Event recommendationRecorded(UUID recommendationId, String stateUnderReview, String response, String status,
            List<Integer> sdgGoals) {
        return recommendations("RecommendationRecorded", recommendationId,
                recommendationData(recommendationId, stateUnderReview, response, status, sdgGoals)
                        .put("recordedBy", "recommendations-editor@local")
                        .put("recordedAt", Instant.now().toString()));
    }

    static Event recommendationRevised(UUID recommendationId, String stateUnderReview, String response, String status,
            List<Integer> sdgGoals) {
        ObjectNode data = recommendationData(recommendationId, stateUnderReview, response, status, sdgGoals);
        data.putArray("changedFields").add("response");
        return recommendations("RecommendationRevised", recommendationId, data.put("revisedBy", "recommendations-editor@local")
                .put("revisedAt", Instant.now().toString()));
    }

    static Event responseRecorded(UUID recommendationId, String stateUnderReview, String previous, String response) {
        ObjectNode data = object().put("recommendationId", recommendationId.toString()).put("stateUnderReview", stateUnderReview);
        text(data, "previousResponse", previous);
        return recommendations("ResponseRecorded", recommendationId, data.put("response", response)
                .put("recordedBy", "recommendations-editor@local")
                .put("recordedAt", Instant.now().toString()));
    }

    static Event implementationStatusChanged(UUID recommendationId, String stateUnderReview, String previous, String status) {
        return recommendations("ImplementationStatusChanged", recommendationId, object()
                .put("recommendationId", recommendationId.toString())
                .put("stateUnderReview", stateUnderReview)
                .put("previousStatus", previous)
                .put("status", status)
                .put("evidence", "https://example.org/evidence/1")
                .put("changedBy", "recommendations-editor@local")
                .put("changedAt", Instant.now().toString()));
    }

    static Event sdgLinkAccepted(UUID recommendationId, String stateUnderReview, int goal, String target) {
        return recommendations("SdgLinkAccepted", recommendationId, object()
                .put("recommendationId", recommendationId.toString())
                .put("stateUnderReview", stateUnderReview)
                .put("sdgGoal", goal)
                .put("sdgTarget", target)
                .put("acceptedBy", "recommendations-editor@local")
                .put("acceptedAt", Instant.now().toString()));
    }

    // envelopes

    static ObjectNode object(String field, String value) {
        return object().put(field, value);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String envelope(UUID eventId, String source, String type, UUID subject, Instant time, ObjectNode data) {
        return envelope(eventId, source, type, subject.toString(), time, data);
    }

    static String envelope(UUID eventId, String source, String type, String subject, Instant time, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId.toString())
                .put("source", source)
                .put("type", type)
                .put("subject", subject)
                .put("time", time.toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data);
        return envelope.toString();
    }

    private static void text(ObjectNode data, String field, String value) {
        if (value == null) {
            data.putNull(field);
        } else {
            data.put(field, value);
        }
    }
}

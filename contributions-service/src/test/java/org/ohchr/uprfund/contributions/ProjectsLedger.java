package org.ohchr.uprfund.contributions;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.testing.TopicWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * projects-service's side of a closing, played by the test: its confirmations, written to its topic as it publishes them
 * (its schema AccountingYearClosingConfirmed.json, checked in projects-service's own tests).
 */
final class ProjectsLedger {

    static final String TOPIC = "fund.projects.v1";
    static final String CONFIRMED = "org.ohchr.uprfund.projects.AccountingYearClosingConfirmed";
    private static final String BOOKS = "00000000-0000-0000-0000-00000000b00d";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectsLedger() {
    }

    /** Sends a confirmation of {@code year}; returns the envelope sent, for sending again. */
    static String confirm(int year) {
        String event = confirmation(UUID.randomUUID(), year);
        send(event);
        return event;
    }

    static void send(String envelope) {
        TopicWriter.sendCloudEvent(TOPIC, BOOKS, envelope);
    }

    static String confirmation(UUID eventId, int year) {
        ObjectNode data = JSON.createObjectNode()
                .put("year", year)
                .put("closedThrough", year + "-12-31")
                .put("ledger", "projects-service")
                .put("requestEventId", UUID.randomUUID().toString())
                .put("confirmedAt", Instant.now().toString());
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId.toString())
                .put("source", "/upr-fund/projects-service")
                .put("type", CONFIRMED)
                .put("subject", BOOKS)
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data);
        return envelope.toString();
    }
}

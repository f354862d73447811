package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.YearClosingConfirmed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the confirmations of closings from the records of {@code fund.projects.v1}: structured-mode CloudEvents 1.0 of
 * type {@value #CONFIRMED} as projects-service publishes them (its schema AccountingYearClosingConfirmed.json). Every
 * other type on the topic is not a confirmation. Properties this service does not use are ignored, so that the producer
 * may add some.
 */
public final class LedgerConfirmations {

    public static final String CONFIRMED = "org.ohchr.uprfund.projects.AccountingYearClosingConfirmed";

    private LedgerConfirmations() {
    }

    /**
     * @return the confirmation the record states; empty for an event of another type
     * @throws UnreadableEventException when the record is not a CloudEvent, or a confirmation without what it must say
     */
    public static Optional<YearClosingConfirmed> read(String value, ObjectMapper json) {
        JsonNode envelope;
        try {
            envelope = value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not JSON");
        }
        if (envelope == null || !envelope.isObject() || !"1.0".equals(envelope.path("specversion").asText(null))) {
            throw new UnreadableEventException("not a CloudEvents 1.0 JSON envelope");
        }
        if (!CONFIRMED.equals(envelope.path("type").asText(""))) {
            return Optional.empty();
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(envelope.path("id").asText(""));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("its id is not a UUID");
        }
        JsonNode data = envelope.path("data");
        JsonNode year = data.path("year");
        if (!year.isIntegralNumber() || !year.canConvertToInt() || year.asInt() < 1900 || year.asInt() > 9999) {
            throw new UnreadableEventException(CONFIRMED + " without a year from 1900 to 9999");
        }
        String ledger = data.path("ledger").asText("");
        if (ledger.isBlank()) {
            throw new UnreadableEventException(CONFIRMED + " without its ledger");
        }
        try {
            LocalDate closedThrough = LocalDate.parse(data.path("closedThrough").asText(""));
            Instant confirmedAt = OffsetDateTime.parse(data.path("confirmedAt").asText("")).toInstant();
            return Optional.of(new YearClosingConfirmed(eventId, year.asInt(), closedThrough, ledger, confirmedAt));
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException(CONFIRMED + " with a closedThrough or confirmedAt that is not a date or timestamp");
        }
    }

    /** A record that is not a readable event, or a confirmation without what it must say. */
    public static class UnreadableEventException extends RuntimeException {

        public UnreadableEventException(String message) {
            super(message);
        }
    }
}

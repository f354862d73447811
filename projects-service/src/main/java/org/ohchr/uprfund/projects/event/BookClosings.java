package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.BookClosing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the closings of the fund's books from the records of {@code fund.contributions.v1}: structured-mode CloudEvents
 * 1.0 as contributions-service publishes them (its schemas AccountingYearClosingRequested.json, AccountingYearClosed.json
 * and BalanceCarriedForward.json). A year's closing asked for, which this ledger confirms on reading it, and a year
 * closed close through {@code data.closedThrough} (31 December of the year); a balance carried forward dated D closes
 * through the day before D. Every other type on the topic is not a closing. Properties this service does not use
 * are ignored, so that the producer may add some.
 */
public final class BookClosings {

    public static final String SOURCE = "/upr-fund/contributions-service";
    public static final String YEAR_CLOSING_REQUESTED = BookClosing.YEAR_CLOSING_REQUESTED;
    public static final String YEAR_CLOSED = "org.ohchr.uprfund.contributions.AccountingYearClosed";
    public static final String BALANCE_CARRIED_FORWARD = "org.ohchr.uprfund.contributions.BalanceCarriedForward";

    private BookClosings() {
    }

    /**
     * @return the closing the record states; empty for an event of another type
     * @throws UnreadableEventException when the record is not a CloudEvent, or a closing without the dates it needs
     */
    public static Optional<BookClosing> read(String value, ObjectMapper json) {
        JsonNode envelope;
        try {
            envelope = value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not JSON");
        }
        if (envelope == null || !envelope.isObject() || !"1.0".equals(envelope.path("specversion").asText(null))) {
            throw new UnreadableEventException("not a CloudEvents 1.0 JSON envelope");
        }
        String type = envelope.path("type").asText("");
        if (!type.equals(YEAR_CLOSING_REQUESTED) && !type.equals(YEAR_CLOSED) && !type.equals(BALANCE_CARRIED_FORWARD)) {
            return Optional.empty();
        }
        UUID eventId = uuid(envelope.path("id").asText(null));
        Instant occurredAt = instant(envelope.path("time").asText(null));
        JsonNode data = envelope.path("data");
        if (!type.equals(BALANCE_CARRIED_FORWARD)) {
            JsonNode year = data.path("year");
            if (!year.isIntegralNumber() || !year.canConvertToInt() || year.asInt() < 1900 || year.asInt() > 9999) {
                throw new UnreadableEventException(type + " without a year from 1900 to 9999");
            }
            LocalDate closedThrough = date(data.path("closedThrough"), "closedThrough");
            if (!closedThrough.equals(LocalDate.of(year.asInt(), 12, 31))) {
                throw new UnreadableEventException(type + " closes year " + year.asInt() + " through " + closedThrough
                        + ", not through 31 December");
            }
            return Optional.of(new BookClosing(eventId, type, closedThrough, year.asInt(), null, occurredAt));
        }
        LocalDate balanceDate = date(data.path("balanceDate"), "balanceDate");
        return Optional.of(new BookClosing(eventId, type, balanceDate.minusDays(1), null, balanceDate, occurredAt));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("its id is not a UUID");
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        try {
            LocalDate date = LocalDate.parse(node.asText(""));
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                throw new UnreadableEventException(field + " is outside the years 1900 to 9999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException(field + " is not a date");
        }
    }

    private static Instant instant(String time) {
        try {
            return time == null ? null : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("its time is not an RFC 3339 timestamp");
        }
    }

    /** A record that is not a readable event, or a closing without what it must say. */
    public static class UnreadableEventException extends RuntimeException {

        public UnreadableEventException(String message) {
            super(message);
        }
    }
}

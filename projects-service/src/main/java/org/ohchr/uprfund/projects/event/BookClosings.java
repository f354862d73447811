package org.ohchr.uprfund.projects.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.RejectedEventException;
import org.ohchr.uprfund.projects.domain.BookClosing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the closings of the fund's books from the events of {@code fund.contributions.v1}, as contributions-service
 * publishes them (its schemas AccountingYearClosingRequested.json, AccountingYearClosed.json and
 * BalanceCarriedForward.json). A year's closing asked for, which this ledger confirms on reading it, and a year closed
 * close through {@code data.closedThrough} (31 December of the year); a balance carried forward dated D closes through
 * the day before D. Every other type on the topic is not a closing. Properties this service does not use are ignored,
 * so that the producer may add some.
 */
public final class BookClosings {

    public static final String SOURCE = "/upr-fund/contributions-service";
    public static final String YEAR_CLOSING_REQUESTED = BookClosing.YEAR_CLOSING_REQUESTED;
    public static final String YEAR_CLOSED = "org.ohchr.uprfund.contributions.AccountingYearClosed";
    public static final String BALANCE_CARRIED_FORWARD = "org.ohchr.uprfund.contributions.BalanceCarriedForward";

    private BookClosings() {
    }

    /**
     * @return the closing the event states; empty for an event of another type
     * @throws RejectedEventException (SCHEMA) when it is a closing without the dates it needs
     */
    public static Optional<BookClosing> read(CloudEventEnvelope event) {
        String type = event.type();
        if (!type.equals(YEAR_CLOSING_REQUESTED) && !type.equals(YEAR_CLOSED) && !type.equals(BALANCE_CARRIED_FORWARD)) {
            return Optional.empty();
        }
        JsonNode data = event.data();
        if (!type.equals(BALANCE_CARRIED_FORWARD)) {
            JsonNode year = data.path("year");
            if (!year.isIntegralNumber() || !year.canConvertToInt() || year.asInt() < 1900 || year.asInt() > 9999) {
                throw RejectedEventException.schema(type + " without a year from 1900 to 9999");
            }
            LocalDate closedThrough = date(data.path("closedThrough"), "closedThrough");
            if (!closedThrough.equals(LocalDate.of(year.asInt(), 12, 31))) {
                throw RejectedEventException.schema(type + " closes year " + year.asInt() + " through " + closedThrough
                        + ", not through 31 December");
            }
            return Optional.of(new BookClosing(event.id(), type, closedThrough, year.asInt(), null, event.time()));
        }
        LocalDate balanceDate = date(data.path("balanceDate"), "balanceDate");
        return Optional.of(new BookClosing(event.id(), type, balanceDate.minusDays(1), null, balanceDate, event.time()));
    }

    private static LocalDate date(JsonNode node, String field) {
        try {
            LocalDate date = LocalDate.parse(node.asText(""));
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                throw RejectedEventException.schema(field + " is outside the years 1900 to 9999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw RejectedEventException.schema(field + " is not a date");
        }
    }
}

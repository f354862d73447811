package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.ohchr.uprfund.contributions.domain.YearClosingConfirmed;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.RejectedEventException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the confirmations of closings from the events of {@code fund.projects.v1}: events of type {@value #CONFIRMED}
 * as projects-service publishes them (its schema AccountingYearClosingConfirmed.json). Every other type on the topic is
 * not a confirmation. Properties this service does not use are ignored, so that the producer may add some.
 */
public final class LedgerConfirmations {

    public static final String CONFIRMED = "org.ohchr.uprfund.projects.AccountingYearClosingConfirmed";

    private LedgerConfirmations() {
    }

    /**
     * @return the confirmation the event states; empty for an event of another type
     * @throws RejectedEventException (SCHEMA) when it is a confirmation without what it must say
     */
    public static Optional<YearClosingConfirmed> read(CloudEventEnvelope event) {
        if (!CONFIRMED.equals(event.type())) {
            return Optional.empty();
        }
        JsonNode data = event.data();
        JsonNode year = data.path("year");
        if (!year.isIntegralNumber() || !year.canConvertToInt() || year.asInt() < 1900 || year.asInt() > 9999) {
            throw RejectedEventException.schema(CONFIRMED + " without a year from 1900 to 9999");
        }
        String ledger = data.path("ledger").asText("");
        if (ledger.isBlank()) {
            throw RejectedEventException.schema(CONFIRMED + " without its ledger");
        }
        try {
            LocalDate closedThrough = LocalDate.parse(data.path("closedThrough").asText(""));
            Instant confirmedAt = OffsetDateTime.parse(data.path("confirmedAt").asText("")).toInstant();
            return Optional.of(new YearClosingConfirmed(event.id(), year.asInt(), closedThrough, ledger, confirmedAt));
        } catch (DateTimeParseException e) {
            throw RejectedEventException.schema(CONFIRMED + " with a closedThrough or confirmedAt that is not a date or timestamp");
        }
    }
}

package org.ohchr.uprfund.projects.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A closing of the fund's books, as an event of contributions-service states it.
 *
 * @param eventType the CloudEvents type of the event
 * @param closedThrough the last day it closes
 * @param year the year closed; null for a balance carried forward
 * @param balanceDate the date of the balance carried forward; null for a year closed
 * @param occurredAt when contributions-service made it; null when the event does not say
 */
public record BookClosing(UUID eventId, String eventType, LocalDate closedThrough, Integer year, LocalDate balanceDate,
        Instant occurredAt) {

    /** The CloudEvents type of a request to close a year, which this ledger confirms on applying it. */
    public static final String YEAR_CLOSING_REQUESTED = "org.ohchr.uprfund.contributions.AccountingYearClosingRequested";

    /** True for a request to close a year: applying it is this ledger's confirmation, which it publishes. */
    public boolean asksForConfirmation() {
        return YEAR_CLOSING_REQUESTED.equals(eventType);
    }
}

package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Data of {@code org.ohchr.uprfund.contributions.AccountingYearClosingRequested}: a fund manager asked to close a year,
 * with all before it; it is closing until every ledger has confirmed it.
 */
public record AccountingYearClosingRequested(int year, LocalDate closedThrough, String note, Instant requestedAt,
        List<String> awaitedLedgers) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.AccountingYearClosingRequested";

    public static AccountingYearClosingRequested from(CloudEventEnvelope event) {
        return EventPayload.bind(event, AccountingYearClosingRequested.class);
    }
}

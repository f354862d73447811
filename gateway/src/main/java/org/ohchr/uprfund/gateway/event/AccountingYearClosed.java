package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.time.LocalDate;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.contributions.AccountingYearClosed}: a year's books were closed, with all before it. */
public record AccountingYearClosed(int year, LocalDate closedThrough, String note, Instant closedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.AccountingYearClosed";

    public static AccountingYearClosed from(CloudEventEnvelope event) {
        return EventPayload.bind(event, AccountingYearClosed.class);
    }
}

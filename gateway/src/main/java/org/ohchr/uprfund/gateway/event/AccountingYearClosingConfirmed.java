package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Data of {@code org.ohchr.uprfund.projects.AccountingYearClosingConfirmed}: projects-service confirmed a year's closing
 * and refuses expenditure dated through {@code closedThrough} from {@code confirmedAt}.
 */
public record AccountingYearClosingConfirmed(int year, LocalDate closedThrough, String ledger, UUID requestEventId, Instant confirmedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.AccountingYearClosingConfirmed";

    public static AccountingYearClosingConfirmed from(CloudEventEnvelope event) {
        return EventPayload.bind(event, AccountingYearClosingConfirmed.class);
    }
}

package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.outbox.FundEvent;
import org.ohchr.uprfund.projects.domain.ClosedPeriod;

/**
 * This ledger confirmed the closing of an accounting year that contributions-service asked for: from
 * {@code confirmedAt} it refuses expenditure dated through {@code closedThrough}. Schema:
 * {@code META-INF/resources/events/AccountingYearClosingConfirmed.json}.
 */
public record AccountingYearClosingConfirmed(int year, LocalDate closedThrough, String ledger, UUID requestEventId, Instant confirmedAt)
        implements FundEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.AccountingYearClosingConfirmed";

    /** The name contributions-service knows this ledger by. */
    public static final String LEDGER = "projects-service";

    /** All confirmations are one aggregate, this ledger's books, so that they reach contributions-service in order. */
    static final UUID BOOKS = UUID.fromString("00000000-0000-0000-0000-00000000b00d");

    public static AccountingYearClosingConfirmed of(ClosedPeriod confirmed) {
        return new AccountingYearClosingConfirmed(confirmed.year, confirmed.closedThrough, LEDGER, confirmed.eventId, confirmed.appliedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "AccountingBooks";
    }

    @Override
    public UUID aggregateId() {
        return BOOKS;
    }
}

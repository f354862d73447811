package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;
import org.ohchr.uprfund.platform.outbox.FundEvent;

/**
 * An accounting year is closed for the whole fund, and with it every year before it: every ledger confirmed the closing
 * a fund manager asked for ({@link AccountingYearClosingRequested}), so none accepts an entry dated through
 * {@code closedThrough} any more. Schema: {@code META-INF/resources/events/AccountingYearClosed.json}.
 */
public record AccountingYearClosed(int year, LocalDate closedThrough, String note, Instant closedAt) implements FundEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.AccountingYearClosed";

    /** All closures are one aggregate, the fund's books, so that they reach consumers in the order they were made. */
    static final UUID BOOKS = UUID.fromString("00000000-0000-0000-0000-00000000b00c");

    public static AccountingYearClosed of(AccountingYearClosure closure) {
        return new AccountingYearClosed(closure.year, LocalDate.of(closure.year, 12, 31), closure.note, closure.closedAt);
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

package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;

/**
 * An accounting year is closed for the whole fund, and with it every year before it: every ledger confirmed the closing
 * a fund manager asked for ({@link AccountingYearClosingRequested}), so none accepts an entry dated through
 * {@code closedThrough} any more. Schema: {@code META-INF/resources/events/AccountingYearClosed.json}.
 */
public record AccountingYearClosed(int year, LocalDate closedThrough, String note, Instant closedAt) implements BooksEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.AccountingYearClosed";

    public static AccountingYearClosed of(AccountingYearClosure closure) {
        return new AccountingYearClosed(closure.year, LocalDate.of(closure.year, 12, 31), closure.note, closure.closedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}

package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosing;

/**
 * A fund manager asked to close an accounting year, and with it every year before it; this service confirmed it in the
 * same transaction, and awaits the confirmations of {@code awaitedLedgers}. Schema:
 * {@code META-INF/resources/events/AccountingYearClosingRequested.json}.
 */
public record AccountingYearClosingRequested(int year, LocalDate closedThrough, String note, Instant requestedAt,
        List<String> awaitedLedgers) implements BooksEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.AccountingYearClosingRequested";

    public static AccountingYearClosingRequested of(AccountingYearClosing closing, List<String> awaitedLedgers) {
        return new AccountingYearClosingRequested(closing.year, LocalDate.of(closing.year, 12, 31), closing.note, closing.requestedAt,
                List.copyOf(awaitedLedgers));
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}

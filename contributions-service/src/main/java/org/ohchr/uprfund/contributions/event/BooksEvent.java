package org.ohchr.uprfund.contributions.event;

import java.util.UUID;

import org.ohchr.uprfund.platform.outbox.FundEvent;

/**
 * An event about the fund's books (a closing asked for, a year closed): all of them are one aggregate, so that they reach
 * consumers in the order they were made.
 */
public interface BooksEvent extends FundEvent {

    UUID BOOKS = UUID.fromString("00000000-0000-0000-0000-00000000b00c");

    @Override
    default String aggregateType() {
        return "AccountingBooks";
    }

    @Override
    default UUID aggregateId() {
        return BOOKS;
    }
}

package org.ohchr.uprfund.projects.event;

import org.ohchr.uprfund.platform.outbox.FundEvent;

/** An event about one expenditure entry (each names which: the entry itself, or the one it reverses). */
public interface ExpenditureEvent extends FundEvent {

    @Override
    default String aggregateType() {
        return "Expenditure";
    }
}

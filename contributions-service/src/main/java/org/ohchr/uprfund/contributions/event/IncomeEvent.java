package org.ohchr.uprfund.contributions.event;

import org.ohchr.uprfund.platform.outbox.FundEvent;

/** An event about one income entry (each names which: the entry itself, or the one it reverses). */
public interface IncomeEvent extends FundEvent {

    @Override
    default String aggregateType() {
        return "Income";
    }
}

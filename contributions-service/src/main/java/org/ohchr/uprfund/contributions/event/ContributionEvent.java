package org.ohchr.uprfund.contributions.event;

import org.ohchr.uprfund.platform.outbox.FundEvent;

/** An event about one contribution (each names which: the entry itself, or the one it reverses). */
public interface ContributionEvent extends FundEvent {

    @Override
    default String aggregateType() {
        return "Contribution";
    }
}

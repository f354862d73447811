package org.ohchr.uprfund.contributions.event;

import java.util.UUID;

import org.ohchr.uprfund.platform.outbox.FundEvent;

/** An event about one pledge: its id is the record key, so that the pledge's events reach its partition in order. */
public interface PledgeEvent extends FundEvent {

    UUID pledgeId();

    @Override
    default String aggregateType() {
        return "Pledge";
    }

    @Override
    default UUID aggregateId() {
        return pledgeId();
    }
}

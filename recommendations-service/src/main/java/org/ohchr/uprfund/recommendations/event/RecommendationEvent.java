package org.ohchr.uprfund.recommendations.event;

import java.util.UUID;

import org.ohchr.uprfund.platform.outbox.FundEvent;

/** An event about one recommendation: its id is the record key, so that the recommendation's events reach its partition in order. */
public interface RecommendationEvent extends FundEvent {

    UUID recommendationId();

    @Override
    default String aggregateType() {
        return "Recommendation";
    }

    @Override
    default UUID aggregateId() {
        return recommendationId();
    }
}

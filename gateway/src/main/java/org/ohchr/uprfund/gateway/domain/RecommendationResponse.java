package org.ohchr.uprfund.gateway.domain;

/** A State's response to a recommendation. */
public enum RecommendationResponse {
    SUPPORTED, SUPPORTED_IN_PART, NOTED, PENDING
}

package org.ohchr.uprfund.gateway.domain;

/** The human rights mechanism a recommendation comes from. */
public enum Mechanism {
    UPR, TREATY_BODY, SPECIAL_PROCEDURE
}

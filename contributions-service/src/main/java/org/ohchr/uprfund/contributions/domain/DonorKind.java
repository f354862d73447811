package org.ohchr.uprfund.contributions.domain;

/** What kind of body a donor is; only States carry an ISO 3166-1 alpha-3 code. */
public enum DonorKind {
    STATE,
    ORGANISATION,
    PRIVATE
}

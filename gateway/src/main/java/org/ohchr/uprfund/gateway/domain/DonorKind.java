package org.ohchr.uprfund.gateway.domain;

/** What a donor is. */
public enum DonorKind {
    STATE, ORGANISATION, PRIVATE
}

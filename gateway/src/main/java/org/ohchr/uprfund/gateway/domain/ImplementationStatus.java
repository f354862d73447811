package org.ohchr.uprfund.gateway.domain;

/** How far a recommendation is implemented. */
public enum ImplementationStatus {
    NOT_STARTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED, IMPLEMENTED
}

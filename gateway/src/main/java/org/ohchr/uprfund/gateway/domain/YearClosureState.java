package org.ohchr.uprfund.gateway.domain;

/**
 * Where a year's books stand for the whole fund: OPEN while no closing of it (or of a later year) was asked for; CLOSING
 * once it was asked for, while some ledger has not confirmed it and may still accept entries dated in it; CLOSED once
 * every ledger confirmed it (AccountingYearClosed).
 */
public enum YearClosureState {
    OPEN, CLOSING, CLOSED
}

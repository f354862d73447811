package org.ohchr.uprfund.gateway.event;

/** The label of an entry that exists to reconcile the fund's books with a published report: the report's line, and why. */
public record Reconciliation(String reportLine, String note) {
}

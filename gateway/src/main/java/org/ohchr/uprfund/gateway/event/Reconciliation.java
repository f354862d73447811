package org.ohchr.uprfund.gateway.event;

/** The label of an entry that exists to reconcile the fund's books with a published report: the report's line, and why. */
public record Reconciliation(String reportLine, String note) {

    /** The {@code reconciliation} property of an entry's data: null for an ordinary entry. */
    public static Reconciliation fromOrNull(EventData data, String name) {
        EventData reconciliation = data.objectOrNull(name);
        return reconciliation == null ? null
                : new Reconciliation(reconciliation.text("reportLine", 200), reconciliation.text("note", 1000));
    }
}

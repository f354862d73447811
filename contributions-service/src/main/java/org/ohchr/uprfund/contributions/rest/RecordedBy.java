package org.ohchr.uprfund.contributions.rest;

import jakarta.ws.rs.core.SecurityContext;

/** Who records an entry: the {@code upn} of the bearer token, kept with the entry for the audit trail. */
final class RecordedBy {

    private RecordedBy() {
    }

    static String of(SecurityContext security) {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }
}

package org.ohchr.uprfund.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ohchr.uprfund.platform.classification.Audience;

import io.quarkus.security.identity.SecurityIdentity;

/** Who sends the current request, as its bearer token says. */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The name recorded with what the caller writes, for the audit trail: the token's {@code upn}, else its subject. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The token's subject, which scopes idempotency keys; its name when it has none. */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null;
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** Whether the caller holds one of the roles that see the audience's classified data. */
    public boolean isIn(Audience audience) {
        return !identity.isAnonymous() && audience.includesAnyOf(identity.getRoles());
    }
}

package org.ohchr.uprfund.projects.service;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.projects.domain.WriteScope;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the caller's token lets it write for: a fund manager, the whole fund; a field office, the States its
 * {@code countries} claim lists (ISO 3166-1 alpha-3 codes; anything else in the claim is ignored); anyone else, nothing.
 */
@ApplicationScoped
public class CallerScope {

    static final String COUNTRIES_CLAIM = "countries";

    private final SecurityIdentity identity;

    CallerScope(SecurityIdentity identity) {
        this.identity = identity;
    }

    public WriteScope current() {
        if (identity.hasRole(Roles.FUND_MANAGER)) {
            return WriteScope.fundManager();
        }
        if (identity.hasRole(Roles.FIELD_OFFICE) && identity.getPrincipal() instanceof JsonWebToken token) {
            return WriteScope.fieldOffice(countriesOf(token));
        }
        return WriteScope.fieldOffice(Set.of());
    }

    private static Set<String> countriesOf(JsonWebToken token) {
        Object claim = token.getClaim(COUNTRIES_CLAIM);
        Set<String> countries = new TreeSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                String code = (value instanceof JsonString text ? text.getString() : String.valueOf(value)).strip().toUpperCase(Locale.ROOT);
                if (code.matches("[A-Z]{3}")) {
                    countries.add(code);
                }
            }
        }
        return countries;
    }
}

package org.ohchr.uprfund.platform.classification;

import java.util.List;
import java.util.Set;

import org.ohchr.uprfund.platform.security.Roles;

/**
 * Who may read a field that not everyone may (docs/DATA-CLASSIFICATION.md): the roles that see it. A caller without
 * one of them, or without a token, gets the read without the field.
 */
public enum Audience {

    /** Bank references, private individuals' names, the secretariat's own records: the fund's secretariat alone. */
    FUND_MANAGEMENT(VisibleTo.FUND_MANAGEMENT, Roles.FUND_MANAGER),
    /** Who reported or recorded project work: the secretariat and the field offices. */
    PROJECT_STAFF(VisibleTo.PROJECT_STAFF, Roles.FUND_MANAGER, Roles.FIELD_OFFICE),
    /** Who recorded or changed a recommendation and its implementation: the secretariat and the recommendations editors. */
    RECOMMENDATION_STAFF(VisibleTo.RECOMMENDATION_STAFF, Roles.FUND_MANAGER, Roles.RECOMMENDATIONS_EDITOR);

    private final String note;
    private final List<String> roles;

    Audience(String note, String... roles) {
        this.note = note;
        this.roles = List.of(roles);
    }

    /** The roles that see a field of this audience, in the order the documents list them. */
    public List<String> roles() {
        return roles;
    }

    /** The sentence the API documents end a classified field's description with ({@link VisibleTo}). */
    public String note() {
        return note;
    }

    /** Whether a caller holding these roles sees a field of this audience. */
    public boolean includesAnyOf(Set<String> callerRoles) {
        return roles.stream().anyMatch(callerRoles::contains);
    }
}

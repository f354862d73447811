package org.ohchr.uprfund.platform.security;

import java.util.Set;

/** The roles the suite's tokens carry in their {@code groups} claim. */
public final class Roles {

    /** The fund's secretariat: records money, approves projects, closes accounting years. */
    public static final String FUND_MANAGER = "fund-manager";
    /** An OHCHR field office: writes for the States of its {@code countries} claim only. */
    public static final String FIELD_OFFICE = "field-office";
    /** Records UPR recommendations and their implementation. */
    public static final String RECOMMENDATIONS_EDITOR = "recommendations-editor";

    /** Every role of the suite: each write of every service needs one of them, and nothing else grants one. */
    public static final Set<String> ALL = Set.of(FUND_MANAGER, FIELD_OFFICE, RECOMMENDATIONS_EDITOR);

    private Roles() {
    }
}

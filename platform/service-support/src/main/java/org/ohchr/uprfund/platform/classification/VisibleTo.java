package org.ohchr.uprfund.platform.classification;

/**
 * The sentences that end the API document's description of a classified field, one per {@link Audience}; constants, so
 * that a {@code @Schema(description = ...)} can use them.
 */
public final class VisibleTo {

    public static final String FUND_MANAGEMENT = "Visible to roles: fund-manager. Absent for anyone else.";
    public static final String PROJECT_STAFF = "Visible to roles: fund-manager, field-office. Absent for anyone else.";
    public static final String RECOMMENDATION_STAFF = "Visible to roles: fund-manager, recommendations-editor. Absent for anyone else.";
    /** Of a donor's name: what anyone else sees of a private individual's. */
    public static final String PRIVATE_DONOR_NAME = "A private individual's name is visible to roles: fund-manager; anyone else reads \""
            + DonorName.PRIVATE_DONOR + "\". The names of States and organisations are public.";

    private VisibleTo() {
    }
}

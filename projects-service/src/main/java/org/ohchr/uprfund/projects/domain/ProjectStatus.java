package org.ohchr.uprfund.projects.domain;

import java.util.EnumSet;
import java.util.Set;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * Where a project is in its life: PROPOSED, then APPROVED (with the State's consent and the assessment), ACTIVE,
 * possibly SUSPENDED and ACTIVE again, then COMPLETED; or CANCELLED from any status before completion. COMPLETED and
 * CANCELLED are final.
 */
public enum ProjectStatus {

    PROPOSED,
    APPROVED,
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    CANCELLED;

    private static final CodeList LABELS = CodeList.of("project-statuses", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }

    /** The statuses a project in this one may move to. */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(SUSPENDED, COMPLETED, CANCELLED);
            case SUSPENDED -> EnumSet.of(ACTIVE, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canMoveTo(ProjectStatus status) {
        return next().contains(status);
    }

    /** Approved and not cancelled: money may be spent and progress reported (a completed project's last bills and report too). */
    public boolean isFunded() {
        return this != PROPOSED && this != CANCELLED;
    }

    /** Approved and still running: its budget may be revised. */
    public boolean isRunning() {
        return this == APPROVED || this == ACTIVE || this == SUSPENDED;
    }

    /** A move to it needs a reason: the Board and the State will ask why. */
    public boolean needsReason() {
        return this == SUSPENDED || this == CANCELLED;
    }
}

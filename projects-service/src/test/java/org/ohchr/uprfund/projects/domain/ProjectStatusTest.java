package org.ohchr.uprfund.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ProjectStatusTest {

    @Test
    void theLifecycleAllowsOnlyItsMoves() {
        assertThat(ProjectStatus.PROPOSED.next()).containsExactlyInAnyOrder(ProjectStatus.APPROVED, ProjectStatus.CANCELLED);
        assertThat(ProjectStatus.APPROVED.next()).containsExactlyInAnyOrder(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED);
        assertThat(ProjectStatus.ACTIVE.next()).containsExactlyInAnyOrder(ProjectStatus.SUSPENDED, ProjectStatus.COMPLETED,
                ProjectStatus.CANCELLED);
        assertThat(ProjectStatus.SUSPENDED.next()).containsExactlyInAnyOrder(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED);
        assertThat(ProjectStatus.COMPLETED.next()).isEmpty();
        assertThat(ProjectStatus.CANCELLED.next()).isEmpty();
        assertThat(ProjectStatus.COMPLETED.canMoveTo(ProjectStatus.ACTIVE)).isFalse();
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status + " to itself").isFalse();
        }
    }

    @Test
    void moneyIsSpentOnFundedProjectsAndBudgetsRevisedWhileTheyRun() {
        assertThat(EnumSet.allOf(ProjectStatus.class).stream().filter(ProjectStatus::isFunded))
                .containsExactly(ProjectStatus.APPROVED, ProjectStatus.ACTIVE, ProjectStatus.SUSPENDED, ProjectStatus.COMPLETED);
        assertThat(EnumSet.allOf(ProjectStatus.class).stream().filter(ProjectStatus::isRunning))
                .containsExactly(ProjectStatus.APPROVED, ProjectStatus.ACTIVE, ProjectStatus.SUSPENDED);
        assertThat(EnumSet.allOf(ProjectStatus.class).stream().filter(ProjectStatus::needsReason))
                .containsExactly(ProjectStatus.SUSPENDED, ProjectStatus.CANCELLED);
    }
}

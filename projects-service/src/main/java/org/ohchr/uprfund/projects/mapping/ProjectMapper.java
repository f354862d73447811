package org.ohchr.uprfund.projects.mapping;

import java.util.Arrays;
import java.util.List;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.projects.domain.BudgetRevision;
import org.ohchr.uprfund.projects.domain.Criterion;
import org.ohchr.uprfund.projects.domain.ProgressStatus;
import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.ProjectStatus;
import org.ohchr.uprfund.projects.domain.ProjectStatusChange;
import org.ohchr.uprfund.projects.domain.ProjectView;

public final class ProjectMapper {

    private ProjectMapper() {
    }

    public static ProjectResponse toResponse(ProjectView view) {
        Project project = view.project();
        ApprovalResponse approval = project.isApproved()
                ? new ApprovalResponse(project.approvedOn, project.approvedBudgetUsd, project.consentReference,
                        new Assessment(answer(project.criterionA), answer(project.criterionB), answer(project.criterionC),
                                answer(project.criterionD)))
                : null;
        return new ProjectResponse(project.id, project.code, project.iso3, project.title, project.fieldPresence, project.strategicArea,
                project.status, project.plannedStart, project.plannedEnd, project.proposedBudgetUsd, view.currentBudgetUsd(),
                project.budgetNote, view.spentUsd(), view.deliveryRate(),
                project.genderMarker == null ? null : project.genderMarker.intValue(), List.of(project.recommendationIds),
                List.of(project.sdgGoals), approval, project.proposedAt, project.version);
    }

    public static StatusChangeResponse toResponse(ProjectStatusChange change) {
        return new StatusChangeResponse(change.id, change.previousStatus, change.status, change.reason, change.changedAt);
    }

    public static BudgetRevisionResponse toResponse(BudgetRevision revision) {
        return new BudgetRevisionResponse(revision.id, revision.projectId, revision.previousBudgetUsd, revision.revisedBudgetUsd,
                revision.changeUsd, revision.effectiveOn, revision.reason, revision.recordedAt);
    }

    public static StatusLabels statusLabels(UnLanguage language) {
        return new StatusLabels(language.tag(),
                Arrays.stream(ProjectStatus.values()).map(status -> new CodeLabel(status.name(), status.label(language))).toList(),
                Arrays.stream(ProgressStatus.values()).map(status -> new CodeLabel(status.name(), status.label(language))).toList());
    }

    private static CriterionAnswer answer(Criterion criterion) {
        return criterion == null || criterion.answer == null ? null : new CriterionAnswer(criterion.answer, criterion.notes);
    }
}

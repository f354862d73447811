package org.ohchr.uprfund.gateway.service.report.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ohchr.uprfund.gateway.domain.BudgetRevision;
import org.ohchr.uprfund.gateway.domain.Expenditure;
import org.ohchr.uprfund.gateway.domain.Project;

/**
 * What the IATI files are built from, read from the read model in one snapshot: the projects, their budget revisions and
 * every expenditure entry, reversals included. Both files draw their commitments and expenditure from here, so that the
 * organisation file's figures are the sums of the activity file's transactions.
 */
public final class IatiFacts {

    private final List<Project> projects;
    private final Map<UUID, List<BudgetRevision>> revisionsByProject;
    private final Map<UUID, List<Expenditure>> expenditureByProject;
    private final List<Expenditure> fundLevel;
    private final List<Expenditure> expenditure;

    /**
     * @param projects every project, in the order their activities are published
     * @param revisions every budget revision
     * @param expenditure every expenditure entry, by date
     */
    public IatiFacts(List<Project> projects, List<BudgetRevision> revisions, List<Expenditure> expenditure) {
        this.expenditure = List.copyOf(expenditure);
        this.revisionsByProject = revisions.stream()
                .sorted(Comparator.comparing((BudgetRevision r) -> r.effectiveOn).thenComparing(r -> r.recordedAt).thenComparing(r -> r.revisionId))
                .collect(Collectors.groupingBy(r -> r.projectId, LinkedHashMap::new, Collectors.toList()));
        Set<UUID> known = projects.stream().map(p -> p.projectId).collect(Collectors.toSet());
        this.expenditureByProject = expenditure.stream().filter(e -> e.projectId != null && known.contains(e.projectId))
                .collect(Collectors.groupingBy(e -> e.projectId, LinkedHashMap::new, Collectors.toList()));
        this.fundLevel = expenditure.stream().filter(e -> e.projectId == null || !known.contains(e.projectId)).toList();
        this.projects = projects.stream().filter(p -> p.approvedOn != null || expenditureByProject.containsKey(p.projectId)).toList();
    }

    /** The projects published as activities: those the fund approved, and any other with expenditure. */
    public List<Project> projects() {
        return projects;
    }

    public List<BudgetRevision> revisionsOf(Project project) {
        return revisionsByProject.getOrDefault(project.projectId, List.of());
    }

    public List<Expenditure> expenditureOf(Project project) {
        return expenditureByProject.getOrDefault(project.projectId, List.of());
    }

    /**
     * The fund's own expenditure: entries of no project, and entries of a project the read model does not know (yet), so
     * that no entry is left out of the files.
     */
    public List<Expenditure> fundLevelExpenditure() {
        return fundLevel;
    }

    public List<Expenditure> allExpenditure() {
        return expenditure;
    }

    /** What the fund committed to a project: its approved budget when approved, then each revision's change when in effect. */
    public List<Commitment> commitmentsTo(Project project) {
        if (project.approvedOn == null) {
            return List.of();
        }
        return Stream.concat(Stream.of(new Commitment(project, project.approvedOn, project.approvedBudgetUsd, null)),
                revisionsOf(project).stream().map(r -> new Commitment(project, r.effectiveOn, r.changeUsd, r))).toList();
    }

    public List<Commitment> allCommitments() {
        return projects.stream().flatMap(p -> commitmentsTo(p).stream()).toList();
    }

    /** A commitment of the fund to a project, dated when it took effect; a revision's is its change, negative for a cut. */
    public record Commitment(Project project, LocalDate date, BigDecimal amountUsd, BudgetRevision revision) {
    }
}

package org.ohchr.uprfund.projects.repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.projects.domain.BudgetRevision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class BudgetRevisionRepository implements PanacheRepositoryBase<BudgetRevision, UUID> {

    /** A project's revisions, oldest first. */
    public Page<BudgetRevision> ofProject(UUID projectId, PageRequest page) {
        return Page.of(find("projectId", Sort.ascending("recordedAt", "id"), projectId), page);
    }

    public Optional<BudgetRevision> findOfProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    /** The sum of the changes of a project's revisions; zero when it has none. */
    public BigDecimal changesOf(UUID projectId) {
        return getEntityManager().createQuery(
                "select coalesce(sum(r.changeUsd), 0) from BudgetRevision r where r.projectId = :id", BigDecimal.class)
                .setParameter("id", projectId).getSingleResult();
    }

    /** For each of {@code projectIds} that has revisions: the sum of their changes. */
    public Map<UUID, BigDecimal> changesOf(Collection<UUID> projectIds) {
        Map<UUID, BigDecimal> changes = new HashMap<>();
        if (projectIds.isEmpty()) {
            return changes;
        }
        getEntityManager().createQuery(
                "select r.projectId, sum(r.changeUsd) from BudgetRevision r where r.projectId in :ids group by r.projectId", Object[].class)
                .setParameter("ids", projectIds).getResultList()
                .forEach(row -> changes.put((UUID) row[0], (BigDecimal) row[1]));
        return changes;
    }
}

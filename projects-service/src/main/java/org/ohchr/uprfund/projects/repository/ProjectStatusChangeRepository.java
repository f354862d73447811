package org.ohchr.uprfund.projects.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.projects.domain.ProjectStatusChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProjectStatusChangeRepository implements PanacheRepositoryBase<ProjectStatusChange, UUID> {

    /** A project's moves, oldest first. */
    public Page<ProjectStatusChange> ofProject(UUID projectId, PageRequest page) {
        return Page.of(find("projectId", Sort.ascending("changedAt", "id"), projectId), page);
    }
}

package org.ohchr.uprfund.projects.repository;

import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.projects.domain.ProgressUpdate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ProgressUpdateRepository implements PanacheRepositoryBase<ProgressUpdate, UUID> {

    /**
     * A project's timeline: its updates by the period they report on, then by when they were recorded. With dates, only
     * the updates whose period overlaps them.
     */
    public Page<ProgressUpdate> timeline(UUID projectId, DateRange dates, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ").add("u.projectId = :projectId");
        Parameters parameters = Parameters.with("projectId", projectId);
        if (dates.from() != null) {
            where.add("u.periodEnd >= :from");
            parameters.and("from", dates.from());
        }
        if (dates.to() != null) {
            where.add("u.periodStart <= :to");
            parameters.and("to", dates.to());
        }
        return Page.of(find("from ProgressUpdate u where " + where + " order by u.periodStart, u.periodEnd, u.recordedAt, u.id",
                parameters), page);
    }

    public Optional<ProgressUpdate> findOfProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }
}

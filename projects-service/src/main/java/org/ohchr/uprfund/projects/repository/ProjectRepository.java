package org.ohchr.uprfund.projects.repository;

import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.ProjectStatus;
import org.ohchr.uprfund.projects.domain.StrategicArea;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /**
     * Reads the project and holds a shared lock on its row until the transaction ends: entries recorded for it (progress,
     * expenditure) run side by side, but its status cannot change between their check of it and their commit.
     */
    public Optional<Project> findForEntry(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    /** Reads the project and locks its row until the transaction ends, for a change of the project itself. */
    public Optional<Project> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Project> findByCode(String code) {
        return find("lower(code) = ?1", code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** Projects by State, then code; every filter is optional ({@code approvedIn}: the year of approval). */
    public Page<Project> search(Filter filter, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Parameters parameters = new Parameters();
        if (filter.iso3() != null) {
            where.add("p.iso3 = :iso3");
            parameters.and("iso3", filter.iso3());
        }
        if (filter.strategicArea() != null) {
            where.add("p.strategicArea = :area");
            parameters.and("area", filter.strategicArea());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.approvedIn() != null) {
            where.add("p.approvedOn >= :firstDay and p.approvedOn <= :lastDay");
            parameters.and("firstDay", java.time.LocalDate.of(filter.approvedIn(), 1, 1))
                    .and("lastDay", java.time.LocalDate.of(filter.approvedIn(), 12, 31));
        }
        return Page.of(find("from Project p" + where + " order by p.iso3, p.code, p.id", parameters), page);
    }

    /** Optional filters of the project list; null means "any". */
    public record Filter(String iso3, StrategicArea strategicArea, ProjectStatus status, Integer approvedIn) {
    }
}

package org.ohchr.uprfund.gateway.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.ProgressUpdate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProgressUpdateRepository implements PanacheRepositoryBase<ProgressUpdate, UUID> {

    /** A State's latest progress updates, newest recorded first. */
    public List<ProgressUpdate> latestOf(String iso3, int count) {
        return find("iso3", Sort.descending("recordedAt", "updateId"), iso3).range(0, count - 1).list();
    }

    public long countOf(String iso3) {
        return count("iso3", iso3);
    }
}

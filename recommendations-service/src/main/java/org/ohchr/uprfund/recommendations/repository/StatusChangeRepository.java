package org.ohchr.uprfund.recommendations.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.recommendations.domain.StatusChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, UUID> {

    /** A recommendation's status changes, oldest first. */
    public Page<StatusChange> historyOf(UUID recommendationId, PageRequest page) {
        return Page.of(find("recommendationId = ?1 order by changedAt, id", recommendationId), page);
    }
}

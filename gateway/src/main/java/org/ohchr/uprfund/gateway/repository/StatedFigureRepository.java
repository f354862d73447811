package org.ohchr.uprfund.gateway.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.StatedFigure;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StatedFigureRepository implements PanacheRepositoryBase<StatedFigure, UUID> {

    /** What reports state about these figures, oldest recorded first. */
    public List<StatedFigure> ofFigures(List<String> figures) {
        return list("figure in ?1", Sort.by("recordedAt").and("id"), figures);
    }

    /** Of the figures starting with {@code prefix} (such as {@code statement.2020.}). */
    public List<StatedFigure> startingWith(String prefix) {
        return list("figure like ?1", Sort.by("recordedAt").and("id"), prefix.replace("%", "") + "%");
    }

    public Optional<StatedFigure> find(String report, String figure) {
        return find("report = ?1 and figure = ?2", report, figure).firstResultOptional();
    }

    public Page<StatedFigure> page(PageRequest page) {
        return Page.of(findAll(Sort.by("recordedAt").and("id")), page);
    }
}

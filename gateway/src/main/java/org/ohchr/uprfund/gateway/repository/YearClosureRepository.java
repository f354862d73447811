package org.ohchr.uprfund.gateway.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.YearClosure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class YearClosureRepository implements PanacheRepositoryBase<YearClosure, UUID> {
}

package org.ohchr.uprfund.recommendations.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.recommendations.domain.ImplementationPlan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ImplementationPlanRepository implements PanacheRepositoryBase<ImplementationPlan, UUID> {
}

package org.ohchr.uprfund.recommendations.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.recommendations.domain.SdgDecision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SdgDecisionRepository implements PanacheRepositoryBase<SdgDecision, SdgDecision.Key> {

    public List<SdgDecision> ofRecommendation(UUID recommendationId) {
        return list("recommendationId", recommendationId);
    }
}

package org.ohchr.uprfund.gateway.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.YearClosingConfirmation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class YearClosingConfirmationRepository implements PanacheRepositoryBase<YearClosingConfirmation, UUID> {
}

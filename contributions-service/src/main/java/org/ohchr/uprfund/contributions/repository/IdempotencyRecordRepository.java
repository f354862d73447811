package org.ohchr.uprfund.contributions.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.IdempotencyRecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepositoryBase<IdempotencyRecord, String> {
}

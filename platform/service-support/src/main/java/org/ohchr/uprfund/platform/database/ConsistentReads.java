package org.ohchr.uprfund.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Reads that must agree with each other, such as the figures of a report summed by several queries: PostgreSQL then
 * answers every query of the transaction from one snapshot, so a write committed meanwhile is in all of them or in none.
 */
@ApplicationScoped
public class ConsistentReads {

    private final EntityManager entityManager;

    ConsistentReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Makes the current transaction a read-only snapshot; call it before the transaction's first query. */
    @Transactional(TxType.MANDATORY)
    public void repeatableRead() {
        entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
    }
}

package org.ohchr.uprfund.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyScope> {

    /**
     * Waits, at most {@code timeoutMillis}, for the transaction-scoped lock of {@code scope}: requests with one key
     * take turns, and the second sees what the first committed.
     *
     * @throws jakarta.persistence.PersistenceException when the wait times out (SQLSTATE 55P03)
     */
    public void lock(IdempotencyScope scope, long timeoutMillis) {
        getEntityManager().createNativeQuery("SELECT CAST(idempotency_lock(:key, :timeout) AS TEXT)")
                .setParameter("key", lockKey(scope))
                .setParameter("timeout", Math.toIntExact(timeoutMillis))
                .getSingleResult();
    }

    public long deleteCreatedBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }

    /** 64 bits of a digest of the scope; two scopes that collide only take turns needlessly. */
    private static long lockKey(IdempotencyScope scope) {
        String text = scope.caller() + '\n' + scope.method() + '\n' + scope.path() + '\n' + scope.key();
        return ByteBuffer.wrap(Digests.sha256(text.getBytes(StandardCharsets.UTF_8))).getLong();
    }
}

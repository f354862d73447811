package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Which PostgreSQL schema the current transaction reads and writes the read model in: the live one (the database's
 * default), or a rebuild's own. Every query of the read model names its tables without a schema, so a transaction that
 * sets its search path first works on the rebuild's tables alone; the setting ends with the transaction.
 */
@ApplicationScoped
public class ReadModelSchema {

    /** A rebuild's schema: {@code rebuild_} and 32 hexadecimal digits. */
    private static final Pattern REBUILD_SCHEMA = Pattern.compile("rebuild_[0-9a-f]{32}");

    private final EntityManager entityManager;

    ReadModelSchema(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Makes the current transaction use {@code schema}; null keeps the live read model. Call it before the first query. */
    @Transactional(TxType.MANDATORY)
    public void use(String schema) {
        if (schema == null) {
            return;
        }
        entityManager.createNativeQuery("SET LOCAL search_path TO " + requireRebuildSchema(schema)).executeUpdate();
    }

    public static String requireRebuildSchema(String schema) {
        if (!REBUILD_SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a rebuild schema: " + schema);
        }
        return schema;
    }
}

package org.ohchr.uprfund.gateway.service.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.flywaydb.core.Flyway;
import org.ohchr.uprfund.platform.database.OwnerConnections;

/**
 * Which PostgreSQL schema the current transaction reads and writes the read model in: the live one (the database's
 * default), or a rebuild's own. Every query of the read model names its tables without a schema, so a transaction that
 * sets its search path first works on the rebuild's tables alone; the setting ends with the transaction.
 * <p>
 * A rebuild's schema is made and dropped by the database's owner, the only role that may: the read model's own
 * migrations make its tables, and grant the role the gateway serves as the rows of them, as they do for the live schema.
 */
@ApplicationScoped
public class ReadModelSchema {

    /** A rebuild's schema: {@code rebuild_} and 32 hexadecimal digits. */
    private static final Pattern REBUILD_SCHEMA = Pattern.compile("rebuild_[0-9a-f]{32}");

    private final EntityManager entityManager;
    private final Flyway flyway;
    private final OwnerConnections owner;

    ReadModelSchema(EntityManager entityManager, Flyway flyway, OwnerConnections owner) {
        this.entityManager = entityManager;
        this.flyway = flyway;
        this.owner = owner;
    }

    /** Makes the current transaction use {@code schema}; null keeps the live read model. Call it before the first query. */
    @Transactional(TxType.MANDATORY)
    public void use(String schema) {
        if (schema == null) {
            return;
        }
        entityManager.createNativeQuery("SET LOCAL search_path TO " + requireRebuildSchema(schema)).executeUpdate();
    }

    /** The read model's tables in a rebuild's schema, by the same migrations as the live one, run as the owner. */
    public void create(String schema) {
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(requireRebuildSchema(schema))
                .defaultSchema(schema)
                .createSchemas(true)
                .load()
                .migrate();
    }

    /** Drops a rebuild's schema and everything in it, as the owner; nothing when it is not there. */
    public void drop(String schema) {
        try (Connection connection = owner.open(); Statement drop = connection.createStatement()) {
            drop.execute("DROP SCHEMA IF EXISTS " + requireRebuildSchema(schema) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Schema " + schema + " could not be dropped: " + e.getMessage(), e);
        }
    }

    public static String requireRebuildSchema(String schema) {
        if (!REBUILD_SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a rebuild schema: " + schema);
        }
        return schema;
    }
}

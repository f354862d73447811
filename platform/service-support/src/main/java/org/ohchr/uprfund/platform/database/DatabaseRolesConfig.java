package org.ohchr.uprfund.platform.database;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Which PostgreSQL roles a service uses ({@code fund.database.*}). The owner creates the database and runs the
 * migrations, so it owns every table, trigger and function; a service that names an application role serves its requests
 * as that role, which may read and write rows but can neither alter nor drop what the owner made (an append-only
 * table's triggers hold against the service itself). Without an application role the service runs as the owner.
 */
@ConfigMapping(prefix = "fund.database")
public interface DatabaseRolesConfig {

    /** The role that owns the service's database objects ({@code FUND_DB_USER}). */
    String ownerUser();

    /** Its password; none where the server trusts the connection. */
    Optional<String> ownerPassword();

    /**
     * The role the service's requests run as ({@code FUND_DB_APP_USER}), also named as the datasource's user; when the
     * owner creates it, it gets the datasource's password.
     */
    Optional<String> applicationRole();
}

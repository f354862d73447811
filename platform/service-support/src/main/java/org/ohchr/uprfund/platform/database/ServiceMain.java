package org.ohchr.uprfund.platform.database;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * How every service of the suite starts: first it makes sure its database exists (Flyway and Hibernate need it from
 * the first moment), then it runs Quarkus. When PostgreSQL cannot provide the database it says so in one line and
 * exits 1. {@code @QuarkusTest} does not go through here; tests get a fresh database from their fixtures.
 */
@QuarkusMain
public final class ServiceMain {

    public static void main(String... args) {
        Config config = ConfigProvider.getConfig();
        String service = config.getOptionalValue("quarkus.application.name", String.class).orElse("service");
        try {
            DatabaseCreator.fromConfig(config).ensureDatabaseExists();
        } catch (DatabaseCreator.DatabaseUnavailableException e) {
            System.err.println(service + ": " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }
}

package org.ohchr.uprfund.contributions;

import org.eclipse.microprofile.config.ConfigProvider;
import org.ohchr.uprfund.contributions.config.DatabaseCreator;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service: first makes sure its database exists (Flyway and Hibernate need it from the first moment),
 * then runs Quarkus. {@code @QuarkusTest} does not go through here; tests get a fresh database from their fixtures.
 */
@QuarkusMain
public final class ContributionsApplication {

    private ContributionsApplication() {
    }

    public static void main(String... args) {
        try {
            DatabaseCreator.fromConfig(ConfigProvider.getConfig()).ensureDatabaseExists();
        } catch (DatabaseCreator.DatabaseUnavailableException e) {
            System.err.println("contributions-service: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }
}

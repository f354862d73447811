package org.ohchr.uprfund.projects;

import org.ohchr.uprfund.projects.config.DatabaseCreator;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service once its database exists: the service owns the database and creates it when missing. */
@QuarkusMain
public final class ProjectsApplication {

    private ProjectsApplication() {
    }

    public static void main(String... args) {
        DatabaseCreator.ensureDatabaseExists();
        Quarkus.run(args);
    }
}

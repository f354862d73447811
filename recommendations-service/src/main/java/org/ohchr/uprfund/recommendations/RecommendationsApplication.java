package org.ohchr.uprfund.recommendations;

import org.ohchr.uprfund.recommendations.config.DatabaseCreator;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service once its database exists: the service owns the database and creates it when missing. */
@QuarkusMain
public final class RecommendationsApplication {

    private RecommendationsApplication() {
    }

    public static void main(String... args) {
        DatabaseCreator.ensureDatabaseExists();
        Quarkus.run(args);
    }
}

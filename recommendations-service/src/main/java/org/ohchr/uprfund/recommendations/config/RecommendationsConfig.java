package org.ohchr.uprfund.recommendations.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** This service's own settings ({@code fund.recommendations.*}). */
@ConfigMapping(prefix = "fund.recommendations")
public interface RecommendationsConfig {

    @WithName("import")
    Import importing();

    SearchIndex searchIndex();

    /** CSV imports. */
    interface Import {

        /** Rows read, checked and written together: one lookup, one COPY of recommendations and one of events per batch. */
        @WithDefault("2000")
        int batchSize();

        /** The longest an import may take, after which it is rolled back (nothing of it stays). */
        @WithDefault("20m")
        Duration timeout();
    }

    /** The search indexer, which analyses the texts an import wrote, after its commit. */
    interface SearchIndex {

        /** Recommendations indexed per transaction. */
        @WithDefault("1000")
        int batchSize();

        /** How often the indexer looks for work without being woken (an import's commit wakes it). */
        @WithDefault("5s")
        String pollInterval();
    }
}

package org.ohchr.uprfund.recommendations;

import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.newRecommendation;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.ohchr.uprfund.testing.SecurityContract;

import io.quarkus.test.junit.QuarkusTest;

/** The security suite on every write of the API document, against a recommendation that exists. */
@QuarkusTest
class SecurityTest extends SecurityContract {

    private String recommendationId;

    @BeforeEach
    void recordWhatTheOperationsActOn() {
        recommendationId = newRecommendation();
    }

    @Override
    protected String concretePath(String method, String template) {
        return super.concretePath(method, template.replace("{id}", recommendationId).replace("{recommendationId}", recommendationId)
                .replace("{target}", "1.4"));
    }

    /** The search rows, which the indexer writes after an import's or an edit's transaction. */
    @Override
    protected Set<String> tablesWrittenInBackground() {
        return ServiceTables.WRITTEN_IN_BACKGROUND;
    }
}

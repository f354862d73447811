package org.ohchr.uprfund.gateway;

import java.util.Set;
import java.util.UUID;

import org.ohchr.uprfund.testing.SecurityContract;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The security suite on the gateway's own writes (stated figures, rebuilds, replays of parked records); the services'
 * operations it passes on are attacked in each service. Stated figures are recorded for a report of the suite's own, so
 * that the report's figures stay free for the tests that record them.
 */
@QuarkusTest
class SecurityTest extends SecurityContract {

    private static final String REPORT = "Security suite " + UUID.randomUUID();

    @Override
    protected JsonNode example(String method, String template, JsonNode documented) {
        return withEvery(documented, "report", REPORT);
    }

    /** The read model, which the consumers write as events arrive, and the records of rebuilds and parked events. */
    @Override
    protected Set<String> tablesWrittenInBackground() {
        return Set.of("fund_recommendation_count", "inbox_event", "inbox_aggregate", "source_freshness", "fund_donor", "dead_letter", "fund_pledge",
                "fund_pledge_cancellation", "fund_contribution", "fund_exchange_difference", "fund_income", "fund_balance",
                "fund_year_closure", "fund_project", "fund_project_status", "fund_budget_revision", "fund_progress_update",
                "fund_expenditure", "fund_recommendation", "fund_recommendation_state", "read_model_rebuild");
    }
}

package org.ohchr.uprfund.contributions;

import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.newDonor;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.receive;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.recordPledge;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.recordIncome;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.ohchr.uprfund.testing.SecurityContract;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The security suite on every write of the API document, against a donor, a pledge, a contribution and income that exist. */
@QuarkusTest
class SecurityTest extends SecurityContract {

    private String donorId;
    private String pledgeId;
    private String contributionId;
    private String incomeId;

    @BeforeEach
    void recordWhatTheOperationsActOn() {
        donorId = newDonor("Security suite");
        pledgeId = recordPledge(donorId, "1000", "USD", null, "2024");
        contributionId = receive(contribution(donorId, "100", "USD", null, "2024"));
        incomeId = recordIncome("INVESTMENT", LocalDate.now().minusDays(5), "10.00", "Security suite interest");
    }

    @Override
    protected String concretePath(String method, String template) {
        String id = template.startsWith("/api/pledges/") ? pledgeId
                : template.startsWith("/api/contributions/") ? contributionId
                : template.startsWith("/api/income/") ? incomeId
                : null;
        return id == null ? super.concretePath(method, template) : template.replace("{id}", id);
    }

    @Override
    protected JsonNode example(String method, String template, JsonNode documented) {
        return withEvery(withEvery(documented, "donorId", donorId), "pledgeId", pledgeId);
    }
}

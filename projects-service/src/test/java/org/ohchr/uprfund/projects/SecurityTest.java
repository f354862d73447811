package org.ohchr.uprfund.projects;

import static org.ohchr.uprfund.projects.ProjectTestRequests.activeProject;
import static org.ohchr.uprfund.projects.ProjectTestRequests.spend;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.ohchr.uprfund.testing.SecurityContract;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The security suite on every write of the API document, against an active project in Kenya and an expenditure on it;
 * field offices call as Kenya's (the suite's default). Offices of another State are the authorisation matrix's.
 */
@QuarkusTest
class SecurityTest extends SecurityContract {

    private String projectId;
    private String expenditureId;

    @BeforeEach
    void recordWhatTheOperationsActOn() {
        projectId = activeProject("KEN");
        expenditureId = spend(projectId, LocalDate.now().minusDays(3), "CONTRACTUAL_SERVICES", "500.00");
    }

    @Override
    protected String concretePath(String method, String template) {
        if (template.startsWith("/api/projects/{id}")) {
            return super.concretePath(method, template.replace("{id}", projectId));
        }
        if (template.startsWith("/api/expenditures/{id}")) {
            return super.concretePath(method, template.replace("{id}", expenditureId));
        }
        return super.concretePath(method, template);
    }

    @Override
    protected JsonNode example(String method, String template, JsonNode documented) {
        return withEvery(documented, "projectId", projectId);
    }
}

package org.ohchr.uprfund.projects;

import java.util.List;

import org.ohchr.uprfund.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabasePrivilegesTest extends DatabasePrivilegesContract {

    @Override
    protected List<String> appendOnlyTables() {
        return List.of("expenditure", "budget_revision", "project_status_change", "progress_update", "progress_indicator", "closed_period");
    }
}

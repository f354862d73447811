package org.ohchr.uprfund.recommendations;

import java.util.List;

import org.ohchr.uprfund.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabasePrivilegesTest extends DatabasePrivilegesContract {

    @Override
    protected List<String> appendOnlyTables() {
        return List.of("implementation_status_change");
    }
}

package org.ohchr.uprfund.contributions;

import java.util.List;

import org.ohchr.uprfund.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabasePrivilegesTest extends DatabasePrivilegesContract {

    @Override
    protected List<String> appendOnlyTables() {
        return List.of("contribution", "pledge", "pledge_cancellation", "exchange_difference", "income_entry", "balance_carried_forward", "accounting_year_closure",
                "accounting_year_closing", "accounting_year_confirmation");
    }
}

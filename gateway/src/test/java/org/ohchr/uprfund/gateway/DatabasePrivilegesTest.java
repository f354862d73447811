package org.ohchr.uprfund.gateway;

import java.util.List;

import org.ohchr.uprfund.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabasePrivilegesTest extends DatabasePrivilegesContract {

    @Override
    protected List<String> appendOnlyTables() {
        return List.of("fund_pledge", "fund_pledge_cancellation", "fund_contribution", "fund_exchange_difference", "fund_income",
                "fund_balance", "fund_year_closure", "fund_budget_revision", "fund_expenditure", "fund_year_closing",
                "fund_year_confirmation");
    }
}

package org.ohchr.uprfund.contributions;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.ohchr.uprfund.testing.TableRowCounts;

/** Every table of the service's database, counted: what a test asserts a refused request did not write. */
@Singleton
class ServiceTables {

    @Produces
    @Singleton
    TableRowCounts counts(DataSource dataSource) {
        return new TableRowCounts(dataSource);
    }
}

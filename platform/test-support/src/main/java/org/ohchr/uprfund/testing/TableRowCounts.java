package org.ohchr.uprfund.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The number of rows in every table of a service's database, read in one statement through the datasource the service
 * itself uses: two equal counts around a refused request mean it wrote nothing, whatever table it might have touched.
 */
public final class TableRowCounts {

    private final DataSource dataSource;
    private final List<String> tables;

    /**
     * @param ignored tables that change without a request (the Flyway history, a queue worked off in the background);
     *        names in lower case
     */
    public TableRowCounts(DataSource dataSource, Set<String> ignored) {
        this.dataSource = dataSource;
        this.tables = tablesOf(dataSource).stream().filter(table -> !ignored.contains(table)).toList();
        if (tables.isEmpty()) {
            throw new IllegalStateException("The service's schema has no table to count");
        }
    }

    public List<String> tables() {
        return tables;
    }

    /** Table name to row count, at one moment (one statement, one snapshot). */
    public Map<String, Long> now() {
        String sql = tables.stream().map(table -> "(SELECT count(*) FROM \"" + table + "\")").collect(Collectors.joining(", ", "SELECT ", ""));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), row.getLong(i + 1));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of " + tables, e);
        }
    }

    private static List<String> tablesOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the service's tables", e);
        }
    }
}

package org.ohchr.uprfund.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * The number of rows in every table of a service's database, and the sum of the versions of every table that has a
 * {@code version} column (an update that wrote anything moves it), read in one statement through the datasource the
 * service itself uses: two equal counts around a refused request mean it wrote nothing, whatever table it might have
 * touched. The tables are read from the database's catalogue, so that a table added later is counted too.
 */
public final class TableRowCounts {

    /** The key of a versioned table's sum of versions in {@link #now()}: the table's name and this suffix. */
    public static final String VERSIONS = ".versions";

    private final DataSource dataSource;
    private final List<String> tables;
    private final List<String> versioned;

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
        List<String> withVersions = versionedTablesOf(dataSource);
        this.versioned = tables.stream().filter(withVersions::contains).toList();
    }

    /** Every table of the service's schema, none ignored: for a service whose tables change only by its requests. */
    public TableRowCounts(DataSource dataSource) {
        this(dataSource, Set.of());
    }

    public List<String> tables() {
        return tables;
    }

    /**
     * Table name to row count, and for each versioned table its name and {@link #VERSIONS} to the sum of its versions, at
     * one moment (one statement, one snapshot).
     */
    public Map<String, Long> now() {
        List<String> keys = new ArrayList<>(tables);
        List<String> sums = new ArrayList<>();
        tables.forEach(table -> sums.add("(SELECT count(*) FROM \"" + table + "\")"));
        versioned.forEach(table -> {
            keys.add(table + VERSIONS);
            sums.add("(SELECT coalesce(sum(version), 0) FROM \"" + table + "\")");
        });
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + String.join(", ", sums))) {
            row.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                counts.put(keys.get(i), row.getLong(i + 1));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of " + tables, e);
        }
    }

    /**
     * What changed since {@code before} (an earlier {@link #now()}): table (or versions) to how much its count moved, for
     * those that moved only; empty when nothing was written.
     */
    public Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> changed = new TreeMap<>();
        now().forEach((key, count) -> {
            long moved = count - before.getOrDefault(key, 0L);
            if (moved != 0) {
                changed.put(key, moved);
            }
        });
        return changed;
    }

    /** Runs the request (with its own assertions) and answers what it wrote, as {@link #since}. */
    public Map<String, Long> writtenBy(Runnable request) {
        Map<String, Long> before = now();
        request.run();
        return since(before);
    }

    /** Runs the request (with its own assertions) and asserts that it wrote no row and changed no version. */
    public void assertNothingWrittenBy(Runnable request) {
        assertThat(writtenBy(request)).as("rows written and versions moved").isEmpty();
    }

    private static List<String> versionedTablesOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND column_name = 'version' AND data_type IN ('bigint', 'integer')")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the service's versioned tables", e);
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

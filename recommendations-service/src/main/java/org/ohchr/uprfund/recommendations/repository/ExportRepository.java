package org.ohchr.uprfund.recommendations.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;


/**
 * Reads every recommendation that matches a filter, in the list order, through a database cursor: an export of any
 * size holds one batch of rows at a time.
 */
@ApplicationScoped
public class ExportRepository {

    private static final int FETCH_SIZE = 500;
    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<!:):([A-Za-z][A-Za-z0-9]*)");

    private final DataSource dataSource;

    ExportRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Receives the recommendations one by one. */
    @FunctionalInterface
    public interface Consumer {
        void accept(StoredRecommendation recommendation) throws java.io.IOException;
    }

    @Transactional(TxType.MANDATORY)
    public void forEach(RecommendationFilter filter, Consumer consumer) throws java.io.IOException {
        RecommendationSql sql = RecommendationSql.of(filter);
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED_PARAMETER.matcher("SELECT " + StoredRows.COLUMNS + sql.from() + sql.where
                + RecommendationSql.ORDER);
        StringBuilder positional = new StringBuilder();
        while (named.find()) {
            values.add(sql.parameters.get(named.group(1)));
            named.appendReplacement(positional, "?");
        }
        named.appendTail(positional);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(positional.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    consumer.accept(StoredRows.read(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The export could not read the recommendations", e);
        }
    }
}

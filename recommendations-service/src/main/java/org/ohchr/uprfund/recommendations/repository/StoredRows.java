package org.ohchr.uprfund.recommendations.repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.domain.StateResponse;

/** The columns of a recommendation that JDBC reads select ({@code r.}), and the recommendation a row of them holds. */
final class StoredRows {

    static final String COLUMNS = "r.id, r.state_under_review, r.recommending_states, r.mechanism, r.cycle, r.session, r.document_symbol,"
            + " r.paragraph, r.paragraph_sort, r.language, r.text, r.translations::text, r.response, r.action_category, r.themes,"
            + " r.affected_persons, r.sdg_goals, r.sdg_targets, r.implementation_status, r.note";

    private StoredRows() {
    }

    static StoredRecommendation read(ResultSet row) throws SQLException {
        Recommendation stored = new Recommendation();
        stored.id = row.getObject(1, UUID.class);
        stored.stateUnderReview = row.getString(2);
        stored.recommendingStates = strings(row.getArray(3));
        stored.mechanism = Mechanism.valueOf(row.getString(4));
        stored.cycle = (Integer) row.getObject(5);
        stored.session = row.getString(6);
        stored.documentSymbol = row.getString(7);
        stored.paragraph = row.getString(8);
        stored.paragraphSort = row.getString(9);
        stored.language = row.getString(10);
        stored.text = row.getString(11);
        stored.translations = row.getString(12);
        stored.response = StateResponse.valueOf(row.getString(13));
        stored.actionCategory = (Integer) row.getObject(14);
        stored.themes = strings(row.getArray(15));
        stored.affectedPersons = strings(row.getArray(16));
        stored.sdgGoals = (Integer[]) row.getArray(17).getArray();
        stored.sdgTargets = strings(row.getArray(18));
        stored.implementationStatus = ImplementationStatus.valueOf(row.getString(19));
        stored.note = row.getString(20);
        return new StoredRecommendation(stored.id, stored.content(), stored.implementationStatus);
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}

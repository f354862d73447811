package org.ohchr.uprfund.recommendations.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.Facets;
import org.ohchr.uprfund.recommendations.domain.TextQuery;

/**
 * The SQL condition of a {@link RecommendationFilter} on the search rows {@code recommendation_search f} (one narrow row
 * per recommendation, see V5__search_rows.sql and V6__facet_keys.sql), with its named parameters: the State, cycle and
 * the filters with few values on their columns, the other filters as facets of one indexed array (of their keys), the
 * text query on the words of each language ({@code recommendation_words w}). Searches read the narrow rows alone (a count
 * of 20,000 matches reads their pages), then the recommendations of the page found.
 */
final class RecommendationSql {

    /** The list order: State, cycle (none first), document, paragraph as a number. The natural key: stable and unique. */
    static final String ORDER = " ORDER BY r.state_under_review, r.cycle_key, r.document_symbol, r.paragraph_sort";

    /** The condition, on {@code f} and {@code w}. */
    final String where;
    final Map<String, Object> parameters = new LinkedHashMap<>();
    private final boolean text;
    /** Whether the condition is a text query, alone or with the language: on the words' rows alone. */
    private final boolean wordsOnly;

    private RecommendationSql(RecommendationFilter filter) {
        this.text = filter.q() != null;
        this.wordsOnly = text && filter.stateUnderReview() == null && filter.cycle() == null && filter.mechanism() == null
                && filter.response() == null && filter.actionCategory() == null && filter.implementationStatus() == null
                && filter.facets().isEmpty() && filter.paragraphSort() == null;
        StringJoiner conditions = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        if (filter.stateUnderReview() != null) {
            conditions.add("f.state_under_review = :state");
            parameters.put("state", filter.stateUnderReview());
        }
        if (filter.cycle() != null) {
            conditions.add("f.cycle_key = :cycle");
            parameters.put("cycle", filter.cycle());
        }
        column(conditions, "mechanism", filter.mechanism() == null ? null : filter.mechanism().name());
        if (filter.language() != null) {
            conditions.add((wordsOnly ? "w" : "f") + ".language = :language");
            parameters.put("language", filter.language());
        }
        column(conditions, "response", filter.response() == null ? null : filter.response().name());
        column(conditions, "action_category", filter.actionCategory());
        column(conditions, "implementation_status", filter.implementationStatus() == null ? null : filter.implementationStatus().name());
        List<String> facets = filter.facets();
        if (!facets.isEmpty()) {
            conditions.add("f.facet_keys @> CAST(:facetKeys AS bigint[])");
            parameters.put("facetKeys", facets.stream().map(facet -> Long.toString(Facets.key(facet)))
                    .collect(Collectors.joining(",", "{", "}")));
        }
        if (filter.paragraphSort() != null) {
            conditions.add("f.paragraph_sort = :paragraphSort");
            parameters.put("paragraphSort", filter.paragraphSort());
        }
        if (text) {
            conditions.add(textCondition(filter.q()));
        }
        this.where = conditions.toString();
    }

    /**
     * The search rows to read: a text query, alone or with the language, reads the words' rows alone (one per
     * recommendation, with its language and place in the list order), other filters the search rows, joined to the
     * words' rows when there is a text query too.
     */
    String searchFrom() {
        return wordsOnly ? " FROM recommendation_words w"
                : " FROM recommendation_search f" + (text ? " JOIN recommendation_words w ON w.recommendation_id = f.recommendation_id" : "");
    }

    /** The ids of the recommendations that match, in the list order, from {@code :offset}, {@code :limit} of them. */
    String pageOfIds() {
        String alias = wordsOnly ? "w" : "f";
        return "SELECT " + alias + ".recommendation_id" + searchFrom() + where + " ORDER BY " + alias + ".state_under_review, " + alias
                + ".cycle_key, " + alias + ".document_symbol, " + alias + ".paragraph_sort LIMIT :limit OFFSET :offset";
    }

    /** The query that counts the matches. */
    String count() {
        return "SELECT count(*)" + searchFrom() + where;
    }

    /** The recommendations {@code r} with their search rows {@code f} (and words {@code w}), for {@link #where}. */
    String from() {
        return " FROM recommendation r JOIN recommendation_search f ON f.recommendation_id = r.id"
                + (text ? " JOIN recommendation_words w ON w.recommendation_id = r.id" : "");
    }

    private void column(StringJoiner conditions, String column, Object value) {
        if (value != null) {
            String parameter = column.replace("_", "");
            conditions.add("f." + column + " = :" + parameter);
            parameters.put(parameter, value);
        }
    }

    static RecommendationSql of(RecommendationFilter filter) {
        return new RecommendationSql(filter);
    }

    private String textCondition(TextQuery q) {
        if (q.isChinese()) {
            StringJoiner words = new StringJoiner(" AND ", "(", ")");
            for (int i = 0; i < q.chineseWords().size(); i++) {
                String word = q.chineseWords().get(i);
                if (TextQuery.length(word) <= 2) {
                    // Every character and pair of characters of a Chinese text is indexed: exact, whatever the length.
                    words.add("w.grams @> ARRAY[:word" + i + "]::text[]");
                    parameters.put("word" + i, word);
                } else {
                    words.add("w.chinese_text ILIKE :word" + i + " ESCAPE '\\'");
                    parameters.put("word" + i, "%" + escapeLike(word) + "%");
                }
            }
            return words.toString();
        }
        parameters.put("q", q.text());
        StringJoiner languages = new StringJoiner(" OR ", "(", ")");
        for (UnLanguage language : UnLanguage.values()) {
            if (q.languages().contains(language)) {
                languages.add("w.words_" + language.tag() + " @@ websearch_to_tsquery(text_search_configuration('" + language.tag()
                        + "'), :q)");
            }
        }
        return languages.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package org.ohchr.uprfund.recommendations.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.TextQuery;

/**
 * The SQL condition of a {@link RecommendationFilter} on the search rows {@code recommendation_search f} (one narrow row
 * per recommendation, see V5__search_rows.sql), with its named parameters: the State and cycle on their columns, the
 * other filters as facets of one indexed array (of their hashes), the text query on the words of each language.
 */
final class RecommendationSql {

    /** The list order: State, cycle (none first), document, paragraph as a number. The natural key: stable and unique. */
    static final String ORDER = " ORDER BY r.state_under_review, r.cycle_key, r.document_symbol, r.paragraph_sort";
    /** The same order on the search rows. */
    static final String SEARCH_ORDER = " ORDER BY f.state_under_review, f.cycle_key, f.document_symbol, f.paragraph_sort";
    /** The recommendations and their search rows, for a condition on the search rows and columns of the recommendations. */
    static final String FROM = " FROM recommendation r JOIN recommendation_search f ON f.recommendation_id = r.id";

    final String where;
    final Map<String, Object> parameters = new LinkedHashMap<>();

    private RecommendationSql(RecommendationFilter filter) {
        StringJoiner conditions = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        if (filter.stateUnderReview() != null) {
            conditions.add("f.state_under_review = :state");
            parameters.put("state", filter.stateUnderReview());
        }
        if (filter.cycle() != null) {
            conditions.add("f.cycle_key = :cycle");
            parameters.put("cycle", filter.cycle());
        }
        List<String> facets = filter.facets();
        if (!facets.isEmpty()) {
            StringJoiner array = new StringJoiner(", ", "facet_hashes(ARRAY[", "]::text[])");
            for (int i = 0; i < facets.size(); i++) {
                array.add(":facet" + i);
                parameters.put("facet" + i, facets.get(i));
            }
            conditions.add("f.facet_keys @> " + array);
        }
        if (filter.paragraphSort() != null) {
            conditions.add("f.paragraph_sort = :paragraphSort");
            parameters.put("paragraphSort", filter.paragraphSort());
        }
        if (filter.q() != null) {
            conditions.add(textCondition(filter.q()));
        }
        this.where = conditions.toString();
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
                    words.add("f.grams @> ARRAY[:word" + i + "]::text[]");
                    parameters.put("word" + i, word);
                } else {
                    words.add("f.chinese_text ILIKE :word" + i + " ESCAPE '\\'");
                    parameters.put("word" + i, "%" + escapeLike(word) + "%");
                }
            }
            return words.toString();
        }
        parameters.put("q", q.text());
        StringJoiner languages = new StringJoiner(" OR ", "(", ")");
        for (UnLanguage language : UnLanguage.values()) {
            if (q.languages().contains(language)) {
                languages.add("f.words_" + language.tag() + " @@ websearch_to_tsquery(text_search_configuration('" + language.tag()
                        + "'), :q)");
            }
        }
        return languages.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

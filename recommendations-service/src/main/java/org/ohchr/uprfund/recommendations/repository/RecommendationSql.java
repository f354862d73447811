package org.ohchr.uprfund.recommendations.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.TextQuery;

/**
 * The SQL condition of a {@link RecommendationFilter} on {@code recommendation r}, with its named parameters: the
 * filters as facets of one indexed array, the text query as a lookup of the texts' search index.
 */
final class RecommendationSql {

    /** The list order: State, cycle (none first), document, paragraph as a number. The natural key: stable and unique. */
    static final String ORDER = " ORDER BY r.state_under_review, r.cycle_key, r.document_symbol, r.paragraph_sort";

    final String where;
    final Map<String, Object> parameters = new LinkedHashMap<>();

    private RecommendationSql(RecommendationFilter filter) {
        StringJoiner conditions = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        List<String> facets = filter.facets();
        if (!facets.isEmpty()) {
            StringJoiner array = new StringJoiner(", ", "ARRAY[", "]::text[]");
            for (int i = 0; i < facets.size(); i++) {
                array.add(":facet" + i);
                parameters.put("facet" + i, facets.get(i));
            }
            conditions.add("r.facets @> " + array);
        }
        if (filter.paragraphSort() != null) {
            conditions.add("r.paragraph_sort = :paragraphSort");
            parameters.put("paragraphSort", filter.paragraphSort());
        }
        if (filter.q() != null) {
            conditions.add("r.id IN (SELECT s.recommendation_id FROM recommendation_text_search s WHERE " + textCondition(filter.q()) + ")");
        }
        this.where = conditions.toString();
    }

    static RecommendationSql of(RecommendationFilter filter) {
        return new RecommendationSql(filter);
    }

    private String textCondition(TextQuery q) {
        if (q.isChinese()) {
            StringJoiner words = new StringJoiner(" AND ", "(s.language = 'zh' AND ", ")");
            for (int i = 0; i < q.chineseWords().size(); i++) {
                String word = q.chineseWords().get(i);
                if (TextQuery.length(word) <= 2) {
                    // Every character and pair of characters of a Chinese text is indexed: exact, whatever the length.
                    words.add("s.grams @> ARRAY[:word" + i + "]::text[]");
                    parameters.put("word" + i, word);
                } else {
                    words.add("s.chinese_text ILIKE :word" + i + " ESCAPE '\\'");
                    parameters.put("word" + i, "%" + escapeLike(word) + "%");
                }
            }
            return words.toString();
        }
        parameters.put("q", q.text());
        StringJoiner languages = new StringJoiner(" OR ", "(", ")");
        for (UnLanguage language : UnLanguage.values()) {
            if (q.languages().contains(language)) {
                languages.add("(s.language = '" + language.tag() + "' AND s.words @@ websearch_to_tsquery("
                        + "text_search_configuration('" + language.tag() + "'), :q))");
            }
        }
        return languages.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

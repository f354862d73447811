package org.ohchr.uprfund.recommendations.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * What a full-text query {@code q} looks for, by its script: Chinese characters are looked for as substrings of Chinese
 * texts (each word of the query, words separated by spaces); Arabic script in Arabic texts, Cyrillic in Russian texts,
 * anything else in English, French and Spanish texts, by words, with each language's stemming (PostgreSQL's
 * {@code websearch_to_tsquery} syntax: {@code "a phrase"}, {@code or}, {@code -excluded}).
 */
public record TextQuery(String text, Set<UnLanguage> languages, List<String> chineseWords) {

    public static final int MAX_LENGTH = 200;

    public static TextQuery of(String q) {
        String text = q.strip();
        if (text.codePoints().anyMatch(TextQuery::isChinese)) {
            List<String> words = Arrays.stream(text.split("\\s+")).map(word -> word.toLowerCase(Locale.ROOT))
                    .filter(word -> !word.isEmpty()).toList();
            return new TextQuery(text, Set.of(UnLanguage.ZH), words);
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            return new TextQuery(text, Set.of(UnLanguage.AR), List.of());
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return new TextQuery(text, Set.of(UnLanguage.RU), List.of());
        }
        return new TextQuery(text, Set.of(UnLanguage.EN, UnLanguage.FR, UnLanguage.ES), List.of());
    }

    public boolean isChinese() {
        return languages.contains(UnLanguage.ZH);
    }

    /** Length in characters (code points), which is what decides how a Chinese word is looked up. */
    public static int length(String word) {
        return word.codePointCount(0, word.length());
    }

    static boolean isChinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}

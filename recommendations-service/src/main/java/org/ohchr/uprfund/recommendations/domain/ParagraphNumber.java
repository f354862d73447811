package org.ohchr.uprfund.recommendations.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph number as documents write it: {@code 110.12}, {@code 25}, {@code 25 (a)}. Its sort key pads each number to
 * five digits ({@code 00110.00012}), so that paragraphs sort as numbers and {@code 110.012} is the same paragraph as
 * {@code 110.12}.
 */
public record ParagraphNumber(String text, String sortKey) {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,5}(?:\\.[0-9]{1,5}){0,4})\\s?(?:\\(([a-z0-9]{1,4})\\))?");

    /** The paragraph, or empty when {@code text} is not one. */
    public static Optional<ParagraphNumber> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String numbers = matcher.group(1);
        String letter = matcher.group(2);
        StringBuilder sortKey = new StringBuilder();
        for (String number : numbers.split("\\.")) {
            sortKey.append(sortKey.length() == 0 ? "" : ".").append("0".repeat(5 - number.length())).append(number);
        }
        String canonical = numbers + (letter == null ? "" : " (" + letter + ")");
        if (letter != null) {
            sortKey.append(" (").append(letter).append(')');
        }
        return Optional.of(new ParagraphNumber(canonical, sortKey.toString()));
    }
}

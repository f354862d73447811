package org.ohchr.uprfund.platform.json;

/** What PostgreSQL cannot keep of a Java string: the NUL character and unpaired UTF-16 surrogates. */
public final class StorableText {

    private StorableText() {
    }

    /** @return why {@code text} cannot be stored, or null when it can */
    public static String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode text: it contains an unpaired surrogate";
            }
        }
        return null;
    }
}

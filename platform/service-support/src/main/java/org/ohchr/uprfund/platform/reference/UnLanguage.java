package org.ohchr.uprfund.platform.reference;

import java.util.List;
import java.util.Locale;

/** The six official languages of the United Nations, in which reference data carries its labels. */
public enum UnLanguage {
    AR,
    ZH,
    EN,
    FR,
    RU,
    ES;

    /** The language tag, such as {@code fr}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The UN language an {@code Accept-Language} header prefers: the first of its languages, by weight, that is one of the
     * six (a regional variant counts as its language: {@code fr-CH} is French, {@code zh-Hans-CN} Chinese); English when
     * the header is absent, malformed or names none of them.
     */
    public static UnLanguage preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            String language = range.getRange().split("-", 2)[0];
            for (UnLanguage candidate : values()) {
                if (candidate.tag().equals(language)) {
                    return candidate;
                }
            }
        }
        return EN;
    }
}

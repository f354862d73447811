package org.ohchr.uprfund.projects.domain;

import java.util.EnumMap;
import java.util.Map;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The label of a code of reference data in each of the six UN languages. */
public final class Labels {

    private final Map<UnLanguage, String> byLanguage = new EnumMap<>(UnLanguage.class);

    /** In the order of {@link UnLanguage}: Arabic, Chinese, English, French, Russian, Spanish. */
    public Labels(String ar, String zh, String en, String fr, String ru, String es) {
        byLanguage.put(UnLanguage.AR, ar);
        byLanguage.put(UnLanguage.ZH, zh);
        byLanguage.put(UnLanguage.EN, en);
        byLanguage.put(UnLanguage.FR, fr);
        byLanguage.put(UnLanguage.RU, ru);
        byLanguage.put(UnLanguage.ES, es);
    }

    public String in(UnLanguage language) {
        return byLanguage.get(language);
    }
}

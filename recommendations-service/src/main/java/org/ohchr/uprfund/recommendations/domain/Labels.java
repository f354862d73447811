package org.ohchr.uprfund.recommendations.domain;

import java.util.EnumMap;
import java.util.Map;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** A label in the six official UN languages, given in the UN's order: Arabic, Chinese, English, French, Russian, Spanish. */
public final class Labels {

    private final Map<UnLanguage, String> labels = new EnumMap<>(UnLanguage.class);

    private Labels(String ar, String zh, String en, String fr, String ru, String es) {
        labels.put(UnLanguage.AR, ar);
        labels.put(UnLanguage.ZH, zh);
        labels.put(UnLanguage.EN, en);
        labels.put(UnLanguage.FR, fr);
        labels.put(UnLanguage.RU, ru);
        labels.put(UnLanguage.ES, es);
    }

    public static Labels of(String ar, String zh, String en, String fr, String ru, String es) {
        return new Labels(ar, zh, en, fr, ru, es);
    }

    public String in(UnLanguage language) {
        return labels.get(language);
    }
}

package org.ohchr.uprfund.gateway.domain;

import java.util.Map;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** A label in the six official UN languages; {@code {year}} in it stands for the year it is shown for. */
public record Labels(Map<UnLanguage, String> byLanguage) {

    public static Labels of(String ar, String zh, String en, String fr, String ru, String es) {
        return new Labels(Map.of(UnLanguage.AR, ar, UnLanguage.ZH, zh, UnLanguage.EN, en, UnLanguage.FR, fr, UnLanguage.RU, ru,
                UnLanguage.ES, es));
    }

    public String in(UnLanguage language) {
        return byLanguage.get(language);
    }

    public String in(UnLanguage language, int year) {
        return in(language).replace("{year}", Integer.toString(year));
    }
}

package org.ohchr.uprfund.recommendations.mapping;

import java.util.Arrays;
import java.util.Optional;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The columns of the recommendations CSV format, in the order an export writes them; an import takes them in any
 * order. Each names the JSON property it fills.
 */
public enum CsvColumn {

    STATE_UNDER_REVIEW("state_under_review", "stateUnderReview", true),
    RECOMMENDING_STATES("recommending_states", "recommendingStates", true),
    MECHANISM("mechanism", "mechanism", true),
    CYCLE("cycle", "cycle", true),
    SESSION("session", "session", true),
    DOCUMENT_SYMBOL("document_symbol", "documentSymbol", true),
    PARAGRAPH("paragraph", "paragraph", true),
    LANGUAGE("language", "language", true),
    TEXT("text", "text", true),
    RESPONSE("response", "response", true),
    ACTION_CATEGORY("action_category", "actionCategory", true),
    THEMES("themes", "themes", true),
    AFFECTED_PERSONS("affected_persons", "affectedPersons", true),
    SDG_GOALS("sdg_goals", "sdgGoals", true),
    SDG_TARGETS("sdg_targets", "sdgTargets", true),
    IMPLEMENTATION_STATUS("implementation_status", "implementationStatus", false),
    NOTE("note", "note", false),
    TRANSLATION_AR("translation_ar", "translations.ar", false),
    TRANSLATION_ZH("translation_zh", "translations.zh", false),
    TRANSLATION_EN("translation_en", "translations.en", false),
    TRANSLATION_FR("translation_fr", "translations.fr", false),
    TRANSLATION_RU("translation_ru", "translations.ru", false),
    TRANSLATION_ES("translation_es", "translations.es", false);

    private final String header;
    private final String property;
    private final boolean required;

    CsvColumn(String header, String property, boolean required) {
        this.header = header;
        this.property = property;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public static Optional<CsvColumn> ofHeader(String name) {
        return Arrays.stream(values()).filter(column -> column.header.equals(name)).findFirst();
    }

    /** The column of a JSON property as the rules name it ({@code sdgTargets[1]}, {@code translations.fr}). */
    public static Optional<CsvColumn> ofProperty(String field) {
        String property = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        return Arrays.stream(values()).filter(column -> column.property.equals(property)).findFirst();
    }

    public static CsvColumn translation(UnLanguage language) {
        return valueOf("TRANSLATION_" + language.name());
    }
}

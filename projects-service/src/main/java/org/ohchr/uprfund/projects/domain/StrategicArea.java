package org.ohchr.uprfund.projects.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The five strategic areas of the fund's work, as the annual report to the Human Rights Council sets them out (part II.B
 * of the 2020 report). The Chinese labels are the report's own headings; the others follow the wording of its English,
 * French, Spanish, Russian and Arabic editions as closely as they are known here.
 */
public enum StrategicArea {

    RECOMMENDATIONS,
    NATIONAL_MECHANISM,
    IMPLEMENTATION_PLAN,
    UN_COUNTRY_TEAM,
    PARLIAMENT;

    private static final CodeList LABELS = CodeList.of("strategic-areas", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}

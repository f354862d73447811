package org.ohchr.uprfund.projects.mapping;

import java.util.Arrays;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.StrategicArea;

/** The service's reference data, labelled in one of the six UN languages. */
public final class ReferenceMapper {

    private ReferenceMapper() {
    }

    /** The nine cost categories in the order of Table 1. */
    public static CodeLabels costCategories(UnLanguage language) {
        return new CodeLabels(language.tag(),
                Arrays.stream(CostCategory.values()).map(category -> new CodeLabel(category.name(), category.label(language))).toList());
    }

    public static CodeLabels strategicAreas(UnLanguage language) {
        return new CodeLabels(language.tag(),
                Arrays.stream(StrategicArea.values()).map(area -> new CodeLabel(area.name(), area.label(language))).toList());
    }
}

package org.ohchr.uprfund.recommendations.domain;

import java.util.Arrays;
import java.util.Optional;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The themes by which recommendations are clustered: the taxonomy this service owns, close to the issues of the
 * Universal Human Rights Index, with labels in the six UN languages. A recommendation has any number of themes.
 */
public enum Theme {

    INTERNATIONAL_INSTRUMENTS,
    COOPERATION_WITH_MECHANISMS,
    NATIONAL_HUMAN_RIGHTS_INSTITUTION,
    NATIONAL_MECHANISM,
    HUMAN_RIGHTS_EDUCATION,
    NON_DISCRIMINATION,
    DEATH_PENALTY,
    TORTURE,
    DETENTION,
    ADMINISTRATION_OF_JUSTICE,
    ENFORCED_DISAPPEARANCES,
    FREEDOM_OF_EXPRESSION,
    FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION,
    FREEDOM_OF_RELIGION,
    HUMAN_RIGHTS_DEFENDERS,
    PARTICIPATION,
    CORRUPTION,
    WOMENS_RIGHTS,
    VIOLENCE_AGAINST_WOMEN,
    CHILDRENS_RIGHTS,
    PERSONS_WITH_DISABILITIES,
    INDIGENOUS_PEOPLES,
    MINORITIES,
    MIGRANTS_AND_REFUGEES,
    SEXUAL_ORIENTATION_AND_GENDER_IDENTITY,
    TRAFFICKING,
    LABOUR_RIGHTS,
    RIGHT_TO_EDUCATION,
    RIGHT_TO_HEALTH,
    STANDARD_OF_LIVING,
    WATER_AND_SANITATION,
    LAND_AND_HOUSING,
    BUSINESS_AND_HUMAN_RIGHTS,
    ENVIRONMENT_AND_CLIMATE,
    NATIONALITY_AND_BIRTH_REGISTRATION;

    private static final CodeList LABELS = CodeList.of("themes", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }

    public static Optional<Theme> ofCode(String code) {
        return Arrays.stream(values()).filter(theme -> theme.name().equals(code)).findFirst();
    }
}

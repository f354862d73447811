package org.ohchr.uprfund.recommendations.domain;

import java.util.Arrays;
import java.util.Optional;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The groups of persons a recommendation concerns (its "affected persons"), with labels in the six UN languages. */
public enum AffectedGroup {

    WOMEN_AND_GIRLS,
    CHILDREN,
    YOUTH,
    OLDER_PERSONS,
    PERSONS_WITH_DISABILITIES,
    INDIGENOUS_PEOPLES,
    MINORITIES,
    MIGRANTS,
    REFUGEES_AND_ASYLUM_SEEKERS,
    INTERNALLY_DISPLACED_PERSONS,
    STATELESS_PERSONS,
    PERSONS_DEPRIVED_OF_LIBERTY,
    HUMAN_RIGHTS_DEFENDERS,
    JOURNALISTS,
    LGBTI_PERSONS,
    PERSONS_LIVING_IN_POVERTY,
    RURAL_POPULATIONS,
    PERSONS_LIVING_WITH_HIV;

    private static final CodeList LABELS = CodeList.of("affected-persons", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }

    public static Optional<AffectedGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(group -> group.name().equals(code)).findFirst();
    }
}

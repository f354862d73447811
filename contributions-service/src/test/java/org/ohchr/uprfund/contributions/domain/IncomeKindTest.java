package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.reference.UnLanguage;

class IncomeKindTest {

    @Test
    void everyIncomeKindHasALabelInEverySixLanguage() {
        for (IncomeKind kind : IncomeKind.values()) {
            for (UnLanguage language : UnLanguage.values()) {
                assertThat(kind.label(language)).as(kind + " in " + language).isNotBlank();
            }
        }
    }
}

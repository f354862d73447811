package org.ohchr.uprfund.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnLanguageTest {

    @Test
    void theMostPreferredUnLanguageWins() {
        assertThat(UnLanguage.preferred("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo(UnLanguage.FR);
        assertThat(UnLanguage.preferred("de-DE, ru;q=0.5, es;q=0.7")).isEqualTo(UnLanguage.ES);
        assertThat(UnLanguage.preferred("zh-Hans-CN")).isEqualTo(UnLanguage.ZH);
        assertThat(UnLanguage.preferred("AR")).isEqualTo(UnLanguage.AR);
    }

    @Test
    void englishWhenNoneOfTheSixIsAcceptable() {
        assertThat(UnLanguage.preferred(null)).isEqualTo(UnLanguage.EN);
        assertThat(UnLanguage.preferred("")).isEqualTo(UnLanguage.EN);
        assertThat(UnLanguage.preferred("de, it;q=0.5")).isEqualTo(UnLanguage.EN);
        assertThat(UnLanguage.preferred("fr;q=0, de")).isEqualTo(UnLanguage.EN);
        assertThat(UnLanguage.preferred("*")).isEqualTo(UnLanguage.EN);
        assertThat(UnLanguage.preferred(";;q=abc")).isEqualTo(UnLanguage.EN);
    }
}

package org.ohchr.uprfund.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class CodeListTest {

    enum Season { SPRING, SUMMER }

    enum MoreSeasons { SPRING, SUMMER, AUTUMN }

    @Test
    void labelsEachCodeInTheLanguageAskedInTheListsOrder() {
        CodeList seasons = CodeList.of("test-seasons", Season.values());

        assertThat(seasons.codes()).containsExactly("SPRING", "SUMMER");
        assertThat(seasons.owner()).isEqualTo("service-support");
        assertThat(seasons.label(Season.SUMMER, UnLanguage.FR)).isEqualTo("Été");
        assertThat(seasons.label("SPRING", UnLanguage.ZH)).isEqualTo("春");
        assertThat(seasons.labels(UnLanguage.RU)).containsExactly(
                entry("SPRING", "Весна"), entry("SUMMER", "Лето"));
    }

    @Test
    void acceptLanguageChoosesAsTheServicesDoEnglishByDefault() {
        CodeList seasons = CodeList.named("test-seasons");

        assertThat(seasons.labels("es-AR, fr;q=0.8")).containsEntry("SUMMER", "Verano");
        assertThat(seasons.labels("de-CH, it;q=0.5")).containsEntry("SUMMER", "Summer");
        assertThat(seasons.labels((String) null)).containsEntry("SUMMER", "Summer");
    }

    @Test
    void aListWhoseCodesAreNotTheEnumsIsRefused() {
        assertThatThrownBy(() -> CodeList.of("test-seasons", MoreSeasons.values()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AUTUMN");
    }

    @Test
    void aLabelMissingInOneOfTheSixLanguagesIsRefused() {
        assertThatThrownBy(() -> CodeList.named("test-untranslated"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPRING has no label in ru");
    }

    @Test
    void aListNoJarShipsIsRefused() {
        assertThatThrownBy(() -> CodeList.named("test-absent"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("META-INF/resources/reference/test-absent.json");
    }

    @Test
    void anUnknownCodeIsRefusedNotLabelledBlank() {
        assertThatThrownBy(() -> CodeList.named("test-seasons").label("WINTER", UnLanguage.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WINTER");
    }
}

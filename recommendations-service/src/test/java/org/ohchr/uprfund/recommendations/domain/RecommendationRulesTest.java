package org.ohchr.uprfund.recommendations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The rules of a recommendation, and what they make of a draft. */
class RecommendationRulesTest {

    private static RecommendationDraft draft(String paragraph, List<String> targets, List<Integer> goals) {
        return new RecommendationDraft("khm", List.of("ury", "FRA", "URY"), Mechanism.UPR, 3, " 32 ", "A/HRC/41/17", paragraph, "EN",
                "  Ratify the Convention  ", Map.of("fr", "Ratifier la Convention"), null, null, List.of("torture", "DEATH_PENALTY"),
                null, goals, targets, null);
    }

    @Test
    void aDraftIsNormalised() {
        RecommendationContent content = RecommendationRules.check(draft("110.012", List.of("16.a", "5.2", "16.10", "16.3"), List.of(4)));
        assertThat(content.stateUnderReview()).isEqualTo("KHM");
        assertThat(content.recommendingStates()).containsExactly("FRA", "URY");
        assertThat(content.session()).isEqualTo("32");
        assertThat(content.language()).isEqualTo(UnLanguage.EN);
        assertThat(content.text()).isEqualTo("Ratify the Convention");
        assertThat(content.translations()).containsEntry(UnLanguage.FR, "Ratifier la Convention");
        assertThat(content.response()).isEqualTo(StateResponse.PENDING);
        assertThat(content.themes()).containsExactly(Theme.DEATH_PENALTY, Theme.TORTURE);
        assertThat(content.sdgTargets()).containsExactly("5.2", "16.3", "16.10", "16.a");
        assertThat(content.sdgGoals()).containsExactly(4, 5, 16);
        assertThat(content.paragraph().sortKey()).isEqualTo("00110.00012");
        assertThat(content.naturalKey()).isEqualTo(RecommendationRules.check(draft("110.12", List.of(), List.of())).naturalKey());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        RecommendationDraft bad = new RecommendationDraft("ATL", List.of("XYZ"), Mechanism.UPR, 9, null, "no symbol", "x", "de", null, null,
                null, 7, List.of("HAPPINESS"), List.of("ALIENS"), List.of(18), List.of("18.1", "5.9"), "n".repeat(501));
        assertThatThrownBy(() -> RecommendationRules.check(bad)).isInstanceOfSatisfying(InvalidRecommendationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("stateUnderReview", "recommendingStates[0]",
                        "cycle", "documentSymbol", "paragraph", "language", "text", "actionCategory", "themes[0]", "affectedPersons[0]",
                        "sdgTargets[0]", "sdgTargets[1]", "sdgGoals[0]", "note"));
    }

    @Test
    void theSdgCatalogueHasTheOfficialTargets() {
        assertThat(SustainableDevelopmentGoals.targetCount()).isEqualTo(169);
        assertThat(SustainableDevelopmentGoals.isTarget("5.c")).isTrue();
        assertThat(SustainableDevelopmentGoals.isTarget("5.9")).isFalse();
        assertThat(SustainableDevelopmentGoals.isTarget("18.1")).isFalse();
        assertThat(SustainableDevelopmentGoals.isTarget("17.19")).isTrue();
        assertThat(SustainableDevelopmentGoals.isTarget("17.a")).isFalse();
        assertThat(SustainableDevelopmentGoals.goal(16).orElseThrow().targets()).hasSize(12).endsWith("16.10", "16.a", "16.b");
    }

    @Test
    void paragraphsAreNumbers() {
        assertThat(ParagraphNumber.parse("25(a)").orElseThrow().text()).isEqualTo("25 (a)");
        assertThat(ParagraphNumber.parse("9").orElseThrow().sortKey()).isLessThan(ParagraphNumber.parse("25 (a)").orElseThrow().sortKey());
        assertThat(ParagraphNumber.parse("110.2").orElseThrow().sortKey()).isLessThan(ParagraphNumber.parse("110.12").orElseThrow().sortKey());
        assertThat(ParagraphNumber.parse("one")).isEmpty();
        assertThat(ParagraphNumber.parse("110.12.3.4.5.6")).isEmpty();
    }

    @Test
    void textQueriesPickTheirLanguagesByScript() {
        assertThat(TextQuery.of("education").languages()).containsExactlyInAnyOrder(UnLanguage.EN, UnLanguage.FR, UnLanguage.ES);
        assertThat(TextQuery.of("образование").languages()).containsExactly(UnLanguage.RU);
        assertThat(TextQuery.of("التعليم").languages()).containsExactly(UnLanguage.AR);
        TextQuery chinese = TextQuery.of(" 妇女  教育 ");
        assertThat(chinese.isChinese()).isTrue();
        assertThat(chinese.chineseWords()).containsExactly("妇女", "教育");
    }
}

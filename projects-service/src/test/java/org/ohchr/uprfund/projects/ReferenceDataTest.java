package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ohchr.uprfund.projects.ProjectTestRequests.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Cost categories, strategic areas and statuses, in Table 1's and the report's order, labelled in the language asked for
 * by the code lists this service ships (reference/*.json), which other services read from its jar.
 */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void costCategoriesAreTheNineLinesOfTable1InItsOrder() {
        api().when().get("/api/cost-categories").then().statusCode(200).header("Content-Language", "en")
                .body("items.code", equalTo(List.of("STAFF", "OTHER_PERSONNEL", "STAFF_TRAVEL", "PARTICIPANT_TRAVEL", "CONTRACTUAL_SERVICES",
                        "GENERAL_OPERATING", "EQUIPMENT", "GRANTS", "PROGRAMME_SUPPORT")),
                        "items[8].label", equalTo("Programme support (indirect) costs"));
    }

    @Test
    void labelsComeInTheFirstUnLanguageAsked() {
        api().header("Accept-Language", "zh-Hans-CN").when().get("/api/cost-categories").then().statusCode(200)
                .header("Content-Language", "zh").header("Vary", "Accept-Language")
                .body("items[0].label", equalTo("工作人员费用"), "items[8].label", equalTo("方案支助(间接)费用"));
        api().header("Accept-Language", "de-CH, ar;q=0.8").when().get("/api/cost-categories").then().statusCode(200)
                .header("Content-Language", "ar").body("items[0].label", equalTo("تكاليف الموظفين"));
        api().header("Accept-Language", "de, it").when().get("/api/strategic-areas").then().statusCode(200)
                .header("Content-Language", "en");
        api().header("Accept-Language", "es-419").when().get("/api/strategic-areas").then().statusCode(200)
                .header("Content-Language", "es").body("items", hasSize(5), "items.code", equalTo(List.of("RECOMMENDATIONS",
                        "NATIONAL_MECHANISM", "IMPLEMENTATION_PLAN", "UN_COUNTRY_TEAM", "PARLIAMENT")),
                        "items[2].label", equalTo("Elaborar planes de aplicación de las recomendaciones"));
        api().header("Accept-Language", "fr").when().get("/api/strategic-areas").then()
                .body("items[1].label", equalTo("Créer ou renforcer des mécanismes nationaux de mise en œuvre, d'établissement de rapports et de suivi"));
        api().header("Accept-Language", ";;;").when().get("/api/cost-categories").then().statusCode(200).header("Content-Language", "en");
    }

    @Test
    void everyLabelExistsInEverySixLanguages() {
        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            api().header("Accept-Language", language).when().get("/api/cost-categories").then()
                    .body("items.findAll { it.label == null || it.label.isEmpty() }", hasSize(0));
            api().header("Accept-Language", language).when().get("/api/strategic-areas").then()
                    .body("items.findAll { it.label == null || it.label.isEmpty() }", hasSize(0));
            api().header("Accept-Language", language).when().get("/api/projects/statuses").then()
                    .body("projectStatuses.findAll { it.label == null || it.label.isEmpty() }", hasSize(0),
                            "progressStatuses.findAll { it.label == null || it.label.isEmpty() }", hasSize(0));
        }
    }

    @Test
    void servedLabelsAreTheCodeListsThisServiceShipsForEveryCodeAndLanguage() {
        for (UnLanguage language : UnLanguage.values()) {
            assertThat(served("/api/cost-categories", "items", language)).containsExactlyEntriesOf(shipped("cost-categories", language));
            assertThat(served("/api/strategic-areas", "items", language)).containsExactlyEntriesOf(shipped("strategic-areas", language));
            assertThat(served("/api/projects/statuses", "projectStatuses", language))
                    .containsExactlyEntriesOf(shipped("project-statuses", language));
            assertThat(served("/api/projects/statuses", "progressStatuses", language))
                    .containsExactlyEntriesOf(shipped("progress-statuses", language));
        }
    }

    private static Map<String, String> shipped(String codeList, UnLanguage language) {
        return CodeList.named(codeList).labels(language);
    }

    private static Map<String, String> served(String path, String list, UnLanguage language) {
        List<Map<String, String>> items = api().header("Accept-Language", language.tag()).when().get(path).then().statusCode(200)
                .header("Content-Language", language.tag()).extract().jsonPath().getList(list);
        Map<String, String> labels = new LinkedHashMap<>();
        items.forEach(item -> labels.put(item.get("code"), item.get("label")));
        return labels;
    }
}

package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Themes, SDGs and codes, labelled in the six UN languages by Accept-Language; the codes by the code lists this service
 * ships (reference/*.json), which the gateway reads from its jar.
 */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void themesAreLabelledInEachUnLanguage() {
        Map<String, String> education = Map.of("ar", "الحق في التعليم", "zh", "受教育权", "en", "Right to education",
                "fr", "Droit à l'éducation", "ru", "Право на образование", "es", "Derecho a la educación");
        education.forEach((language, label) -> given().header("Accept-Language", language).when().get("/api/themes").then()
                .statusCode(200).header("Content-Language", language).header("Vary", "Accept-Language")
                .body("language", equalTo(language))
                .body("items.find { it.code == 'RIGHT_TO_EDUCATION' }.label", equalTo(label)));
        given().header("Accept-Language", "de-DE, es;q=0.8").when().get("/api/themes").then().header("Content-Language", "es");
        given().header("Accept-Language", "de-DE").when().get("/api/themes").then().header("Content-Language", "en");
        List<String> labels = given().header("Accept-Language", "zh").when().get("/api/themes").then().extract().path("items.label");
        assertThat(labels).doesNotContainNull().allMatch(label -> !label.isBlank());
    }

    @Test
    void theSdgsAreTheSeventeenGoalsWithTheirOfficialTargets() {
        given().header("Accept-Language", "es").when().get("/api/sdgs").then().statusCode(200)
                .body("targets", equalTo(169)).body("goals", hasSize(17))
                .body("goals[4].title", equalTo("Lograr la igualdad entre los géneros y empoderar a todas las mujeres y las niñas"))
                .body("goals[4].targets", contains("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.a", "5.b", "5.c"))
                .body("goals[15].targets", hasSize(12))
                .body("goals[16].targets[18]", equalTo("17.19"));
        given().header("Accept-Language", "ar").when().get("/api/sdgs").then()
                .body("goals[0].title", equalTo("القضاء على الفقر بجميع أشكاله في كل مكان"));
        given().header("Accept-Language", "ru").when().get("/api/sdgs").then()
                .body("goals[3].title", equalTo("Обеспечение всеохватного и справедливого качественного образования и поощрение возможности"
                        + " обучения на протяжении всей жизни для всех"));
        given().header("Accept-Language", "zh").when().get("/api/sdgs").then()
                .body("goals[15].title", equalTo("创建和平、包容的社会以促进可持续发展，让所有人都能诉诸司法，在各级建立有效、负责和包容的机构"));
    }

    @Test
    void theVocabularyLabelsEveryCode() {
        given().header("Accept-Language", "fr").when().get("/api/recommendations/vocabulary").then().statusCode(200)
                .body("responses.code", contains("SUPPORTED", "SUPPORTED_IN_PART", "NOTED", "PENDING"))
                .body("responses[2].label", equalTo("Notée"))
                .body("implementationStatuses.code", contains("NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED"))
                .body("mechanisms[0].label", equalTo("Examen périodique universel"))
                .body("actionCategories.code", contains("1", "2", "3", "4", "5"))
                .body("affectedPersons.find { it.code == 'WOMEN_AND_GIRLS' }.label", equalTo("Femmes et filles"));
    }

    @Test
    void servedLabelsAreTheCodeListsThisServiceShipsForEveryCodeAndLanguage() {
        for (UnLanguage language : UnLanguage.values()) {
            JsonPath vocabulary = given().header("Accept-Language", language.tag()).when()
                    .get("/api/recommendations/vocabulary").then().statusCode(200).extract().jsonPath();
            assertThat(labels(vocabulary.getList("mechanisms"))).containsExactlyEntriesOf(shipped("mechanisms", language));
            assertThat(labels(vocabulary.getList("responses"))).containsExactlyEntriesOf(shipped("state-responses", language));
            assertThat(labels(vocabulary.getList("implementationStatuses")))
                    .containsExactlyEntriesOf(shipped("implementation-statuses", language));
            assertThat(labels(vocabulary.getList("priorities"))).containsExactlyEntriesOf(shipped("priorities", language));
            assertThat(labels(vocabulary.getList("affectedPersons"))).containsExactlyEntriesOf(shipped("affected-persons", language));
            assertThat(labels(vocabulary.getList("actionCategories")).values())
                    .containsExactlyElementsOf(shipped("action-categories", language).values());
            assertThat(labels(given().header("Accept-Language", language.tag()).when().get("/api/themes").then().statusCode(200)
                    .extract().jsonPath().getList("items"))).containsExactlyEntriesOf(shipped("themes", language));
            List<Map<String, Object>> goals = given().header("Accept-Language", language.tag()).when().get("/api/sdgs").then()
                    .statusCode(200).extract().jsonPath().getList("goals");
            Map<String, String> titles = new LinkedHashMap<>();
            goals.forEach(goal -> titles.put(String.valueOf(goal.get("goal")), (String) goal.get("title")));
            assertThat(titles).containsExactlyEntriesOf(shipped("sdg-goals", language));
        }
    }

    private static Map<String, String> shipped(String codeList, UnLanguage language) {
        return CodeList.named(codeList).labels(language);
    }

    private static Map<String, String> labels(List<Map<String, Object>> items) {
        Map<String, String> labels = new LinkedHashMap<>();
        items.forEach(item -> labels.put((String) item.get("code"), (String) item.get("label")));
        return labels;
    }
}

package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.HEADER;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.asEditor;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.csvRow;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.freshDocument;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.importCsv;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.recommendation;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.record;
import static org.ohchr.uprfund.recommendations.RecommendationTestRequests.with;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.recommendations.domain.Facets;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Search by words in each text's own language (stems and stop words of Arabic, English, French, Russian and Spanish),
 * Chinese by substring from one character up, and by every filter; paginated in a stable order.
 */
@QuarkusTest
class SearchTest {

    private static final String document = freshDocument();

    @Inject
    EntityManager entityManager;
    private static boolean recorded;

    @BeforeEach
    void recordOneRecommendationPerLanguageOnce() {
        if (recorded) {
            return;
        }
        recorded = true;
        record(text("1", "en", "Strengthen measures to combat trafficking in persons, in particular of women and girls"));
        record(text("2", "fr", "Renforcer l'indépendance du pouvoir judiciaire et garantir le droit à un procès équitable"));
        record(text("3", "es", "Garantizar el acceso a la educación de las niñas indígenas en las zonas rurales"));
        record(text("4", "ru", "Обеспечить доступ к образованию для детей-инвалидов"));
        record(text("5", "ar", "تعزيز الحق في التعليم للفتيات في المناطق الريفية"));
        record(text("6", "zh", "加强妇女参与公共生活和政治生活"));
        record(with(text("7", "en", "Ratify the Convention on the Rights of Persons with Disabilities"), "translations",
                Map.of("zh", "批准《残疾人权利公约》", "fr", "Ratifier la Convention relative aux droits des personnes handicapées")));
    }

    @Test
    void englishIsSearchedByStems() {
        assertParagraphs("trafficked", "1");
        assertParagraphs("\"trafficking in persons\"", "1");
        assertParagraphs("trafficking -girls");
        assertParagraphs("disabilities", "7");
    }

    @Test
    void frenchIsSearchedByStemsAndAccentedWords() {
        assertParagraphs("judiciaires", "2");
        assertParagraphs("indépendant", "2");
        assertParagraphs("handicapées", "7");
    }

    @Test
    void spanishIsSearchedByStems() {
        assertParagraphs("educativa", "3");
        assertParagraphs("niña indígena", "3");
    }

    @Test
    void russianIsSearchedByStems() {
        assertParagraphs("образование", "4");
        assertParagraphs("инвалиды", "4");
    }

    @Test
    void arabicIsSearchedByStems() {
        assertParagraphs("التعليم", "5");
        assertParagraphs("تعليم", "5");
        assertParagraphs("الريفية", "5");
    }

    @Test
    void chineseIsFoundBySubstringsOfOneTwoAndMoreCharacters() {
        assertParagraphs("妇女", "6");
        assertParagraphs("女", "6");
        assertParagraphs("参与公共", "6");
        assertParagraphs("生活", "6");
        assertParagraphs("政治 妇女", "6");
        assertParagraphs("残疾", "7");
        assertParagraphs("公约", "7");
        assertParagraphs("儿童");
        assertParagraphs("妇女 儿童");
    }

    @Test
    void textsOfAnImportAreFoundOnceTheIndexerReachedThem() {
        String imported = freshDocument();
        importCsv(HEADER + "\n" + csvRow("SRB", "FRA", "UPR", "3", imported, "1", "en",
                "Adopt a comprehensive anti-discrimination strategy for the Roma minority", "SUPPORTED", "MINORITIES", "10.2")).statusCode(201);
        given().queryParam("documentSymbol", imported).when().get("/api/recommendations").then().body("total", equalTo(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", "discrimination")
                .queryParam("documentSymbol", imported).when().get("/api/recommendations").then().body("total", equalTo(1)));
    }

    @Test
    void everyPropertyFilters() {
        String other = freshDocument();
        record(with(with(with(with(recommendation(other, "20"), "stateUnderReview", "PER"), "response", "NOTED"), "cycle", 2),
                "affectedPersons", List.of("CHILDREN")));
        Map<String, Object> matchOne = Map.ofEntries(Map.entry("state", "PER"), Map.entry("recommendingState", "URY"),
                Map.entry("mechanism", "UPR"), Map.entry("cycle", 2), Map.entry("session", "32"), Map.entry("documentSymbol", other),
                Map.entry("paragraph", "20"), Map.entry("language", "en"), Map.entry("response", "NOTED"), Map.entry("actionCategory", 5),
                Map.entry("theme", "LAND_AND_HOUSING"), Map.entry("affectedPerson", "CHILDREN"), Map.entry("sdgGoal", 1),
                Map.entry("sdgTarget", "1.4"), Map.entry("implementationStatus", "NOT_STARTED"), Map.entry("q", "land titles"));
        given().queryParams(matchOne).when().get("/api/recommendations").then().statusCode(200).body("total", equalTo(1));
        Map<String, Object> nothing = Map.ofEntries(Map.entry("state", "KHM"), Map.entry("recommendingState", "DEU"),
                Map.entry("mechanism", "TREATY_BODY"), Map.entry("cycle", 3), Map.entry("session", "33"), Map.entry("paragraph", "21"),
                Map.entry("language", "fr"), Map.entry("response", "SUPPORTED"), Map.entry("actionCategory", 4),
                Map.entry("theme", "TORTURE"), Map.entry("affectedPerson", "YOUTH"), Map.entry("sdgGoal", 5),
                Map.entry("sdgTarget", "1.5"), Map.entry("implementationStatus", "IMPLEMENTED"), Map.entry("q", "torture"));
        nothing.forEach((name, value) -> given().queryParam("documentSymbol", other).queryParam(name, value)
                .when().get("/api/recommendations").then().statusCode(200).body("total", equalTo(0)));
    }

    @Test
    void aTextQueryAloneOrWithTheLanguageFindsItsRecommendations() {
        String word = "zorblax" + Long.toString(System.nanoTime() % 100_000_000L, 26).replaceAll("[0-9]", "q");
        String other = freshDocument();
        record(with(with(recommendation(other, "1"), "text", "Ensure that " + word + " inspections of detention facilities take place"),
                "translations", Map.of("fr", "Veiller à ce que des inspections " + word + " des lieux de détention aient lieu")));
        given().queryParam("q", word).when().get("/api/recommendations").then().body("total", equalTo(1));
        given().queryParam("q", word).queryParam("language", "en").when().get("/api/recommendations").then().body("total", equalTo(1))
                .body("items[0].documentSymbol", equalTo(other));
        given().queryParam("q", word).queryParam("language", "fr").when().get("/api/recommendations").then().body("total", equalTo(0));
        given().queryParam("q", word + " inspections").queryParam("state", "KHM").when().get("/api/recommendations").then()
                .body("total", equalTo(1));
    }

    @Test
    void filtersFollowChangesOfStatusAndContentAtOnce() {
        String other = freshDocument();
        String id = record(recommendation(other, "30"));
        asEditor().header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS")).when()
                .post("/api/implementation-plans/" + id + "/status-changes").then().statusCode(201);
        given().queryParam("documentSymbol", other).queryParam("implementationStatus", "IN_PROGRESS").when().get("/api/recommendations")
                .then().body("total", equalTo(1));
        given().queryParam("documentSymbol", other).queryParam("implementationStatus", "NOT_STARTED").when().get("/api/recommendations")
                .then().body("total", equalTo(0));
        importCsv(HEADER + "\n" + csvRow("KHM", "URY", "UPR", "3", other, "30", "en",
                "Guarantee security of land tenure for indigenous peoples", "NOTED", "INDIGENOUS_PEOPLES", "2.3")).statusCode(201)
                .body("updated", equalTo(1));
        given().queryParam("documentSymbol", other).queryParam("response", "NOTED").queryParam("theme", "INDIGENOUS_PEOPLES")
                .queryParam("sdgTarget", "2.3").when().get("/api/recommendations").then().body("total", equalTo(1));
        given().queryParam("documentSymbol", other).queryParam("theme", "LAND_AND_HOUSING").when().get("/api/recommendations")
                .then().body("total", equalTo(0));
    }

    @Test
    void facetKeysAreThoseTheDatabaseComputes() {
        for (String facet : List.of("theme:TORTURE", "target:16.a", "by:FRA", "document:A/HRC/43/7", "session:32",
                "document:Rapport de l'Examen périodique – Ω", "document:中华人民共和国")) {
            Object key = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("SELECT facet_key(:facet)")
                    .setParameter("facet", facet).getSingleResult());
            assertThat(((Number) key).longValue()).as(facet).isEqualTo(Facets.key(facet));
        }
    }

    @Test
    void pagesComeInAStableOrderAndArePastTheEndEmpty() {
        List<String> all = given().queryParam("documentSymbol", document).queryParam("size", 200).when().get("/api/recommendations")
                .then().statusCode(200).body("total", equalTo(7)).extract().path("items.paragraph");
        assertThat(all).containsExactly("1", "2", "3", "4", "5", "6", "7");
        List<String> second = given().queryParam("documentSymbol", document).queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/recommendations").then().statusCode(200).body("total", equalTo(7)).extract().path("items.paragraph");
        assertThat(second).containsExactly("4", "5", "6");
        given().queryParam("documentSymbol", document).queryParam("page", 100).when().get("/api/recommendations")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(7));
    }

    @Test
    void paragraphsSortAsNumbers() {
        String numbered = freshDocument();
        for (String paragraph : List.of("110.12", "110.2", "9", "110.1", "25 (b)", "25 (a)")) {
            record(recommendation(numbered, paragraph));
        }
        given().queryParam("documentSymbol", numbered).when().get("/api/recommendations").then()
                .body("items.paragraph", contains("9", "25 (a)", "25 (b)", "110.1", "110.2", "110.12"));
    }

    @Test
    void malformedFiltersAreRefusedNamingTheParameter() {
        Map<String, String> bad = Map.ofEntries(Map.entry("state", "ATL"), Map.entry("recommendingState", "X"),
                Map.entry("mechanism", "REGIONAL"), Map.entry("cycle", "5"), Map.entry("language", "de"), Map.entry("response", "MAYBE"),
                Map.entry("actionCategory", "0"), Map.entry("theme", "HAPPINESS"), Map.entry("affectedPerson", "ALIENS"),
                Map.entry("sdgGoal", "18"), Map.entry("sdgTarget", "18.1"), Map.entry("implementationStatus", "DONE"),
                Map.entry("paragraph", "one"), Map.entry("q", "x".repeat(201)), Map.entry("page", "-1"), Map.entry("size", "201"));
        bad.forEach((name, value) -> given().queryParam(name, value).when().get("/api/recommendations").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(name)));
        given().queryParam("sdgTarget", "5.9").when().get("/api/recommendations").then().statusCode(400)
                .body("violations.field", hasItem("sdgTarget"));
    }

    private static Map<String, Object> text(String paragraph, String language, String text) {
        return with(with(with(recommendation(document, paragraph), "language", language), "text", text), "translations", null);
    }

    private static void assertParagraphs(String q, String... paragraphs) {
        List<String> found = given().queryParam("q", q).queryParam("documentSymbol", document).when().get("/api/recommendations")
                .then().statusCode(200).extract().path("items.paragraph");
        assertThat(found).as("q=" + q).containsExactly(paragraphs);
    }
}

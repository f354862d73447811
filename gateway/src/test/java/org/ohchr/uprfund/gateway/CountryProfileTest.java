package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A State's profile from the events of the three topics, whatever order their aggregates arrive in: projects with budget,
 * spent and delivery rate, recommendations by response and status, the SDGs touched, recent progress, and links to
 * recommendations the read model does not know as findings.
 */
@QuarkusTest
class CountryProfileTest {

    @Test
    void profileOfAStateBringsItsProjectsSpendingRecommendationsSdgsAndFindingsTogether() {
        UUID funded = UUID.randomUUID();
        UUID proposed = UUID.randomUUID();
        UUID known = UUID.randomUUID();
        UUID noted = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID unknownInUpdate = UUID.randomUUID();
        UUID salaries = UUID.randomUUID();
        UUID update = UUID.randomUUID();
        EventPublisher.send(
                // Spending and progress before the project and the recommendations they name (other partitions).
                FundEvents.expenditureRecorded(salaries, funded, "KHM", LocalDate.of(2023, 3, 31), "STAFF", "30000.00", "Salaries", null),
                FundEvents.expenditureReversed(UUID.randomUUID(), salaries, funded, "KHM", LocalDate.of(2023, 4, 30), "STAFF", "-5000.00"),
                FundEvents.projectProposed(funded, "KHM-2023-01", "KHM", "150000.00", List.of(known), List.of(16, 17)),
                FundEvents.projectApproved(funded, "KHM", "150000.00", LocalDate.of(2023, 1, 15)),
                FundEvents.budgetRevised(UUID.randomUUID(), funded, "KHM", "150000.00", "120000.00", LocalDate.of(2023, 2, 1)),
                FundEvents.progressReported(update, funded, "KHM", LocalDate.of(2023, 6, 30), "MINOR_DELAYS",
                        "National Recommendations Tracking Database launched", List.of(known, unknownInUpdate)),
                FundEvents.projectProposed(proposed, "KHM-2023-02", "KHM", "20000.00", List.of(known, unknown), List.of(5)),
                FundEvents.recommendationRecorded(known, "KHM", "SUPPORTED", "IN_PROGRESS", List.of(16)),
                FundEvents.implementationStatusChanged(known, "KHM", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED"),
                FundEvents.recommendationRecorded(noted, "KHM", "NOTED", "NOT_STARTED", List.of(5)),
                FundEvents.sdgLinkAccepted(noted, "KHM", 10, "10.3"));

        JsonPath profile = await().atMost(Duration.ofSeconds(60)).until(CountryProfileTest::cambodia,
                p -> p != null && p.getInt("projects.count") == 2 && p.getInt("recommendations.count") == 2
                        && p.getList("sdgs.goal").contains(10)
                        && "PARTIALLY_IMPLEMENTED".equals(p.get("recommendations.byImplementationStatus.find { it.count == 1 && it.code"
                                + " == 'PARTIALLY_IMPLEMENTED' }.code"))
                        && p.getList("recentProgress").size() == 1
                        && new BigDecimal("120000.00").equals(p.getObject("projects.items.find { it.code == 'KHM-2023-01' }.budgetUsd",
                                BigDecimal.class))
                        // The spending sits on partitions of its own: it may be applied after everything above.
                        && new BigDecimal("25000.00").equals(money(p.get("projects.items.find { it.code == 'KHM-2023-01' }.spentUsd"))));

        Map<String, Object> first = profile.getMap("projects.items.find { it.code == 'KHM-2023-01' }");
        assertEquals("APPROVED", first.get("status"));
        assertEquals(new BigDecimal("25000.00"), money(first.get("spentUsd")));
        assertEquals(new BigDecimal("0.2083"), new BigDecimal(first.get("deliveryRate").toString()));
        Map<String, Object> second = profile.getMap("projects.items.find { it.code == 'KHM-2023-02' }");
        assertEquals("PROPOSED", second.get("status"));
        assertEquals(new BigDecimal("0.00"), money(second.get("spentUsd")));
        assertEquals(new BigDecimal("140000.00"), profile.getObject("projects.budgetUsd", BigDecimal.class));
        assertEquals(new BigDecimal("25000.00"), profile.getObject("projects.spentUsd", BigDecimal.class));
        assertEquals(new BigDecimal("0.1786"), profile.getObject("projects.deliveryRate", BigDecimal.class));
        assertEquals(new BigDecimal("25000.00"), profile.getObject("expenditureByCategory.find { it.code == 'STAFF' }.amountUsd",
                BigDecimal.class));

        assertEquals(1, profile.getInt("recommendations.byResponse.find { it.code == 'SUPPORTED' }.count"));
        assertEquals(1, profile.getInt("recommendations.byResponse.find { it.code == 'NOTED' }.count"));
        assertEquals(1, profile.getInt("recommendations.byImplementationStatus.find { it.code == 'NOT_STARTED' }.count"));
        assertEquals(List.of(5, 10, 16, 17), profile.getList("sdgs.goal", Integer.class));
        assertEquals(1, profile.getInt("sdgs.find { it.goal == 16 }.recommendations"));
        assertEquals(1, profile.getInt("sdgs.find { it.goal == 16 }.projects"));
        assertEquals(1, profile.getInt("sdgs.find { it.goal == 5 }.projects"));
        assertEquals(update.toString(), profile.getString("recentProgress[0].updateId"));
        assertEquals("MINOR_DELAYS", profile.getString("recentProgress[0].status"));

        List<Map<String, Object>> findings = profile.getList("findings");
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> "UNKNOWN_RECOMMENDATION".equals(f.get("kind"))));
        assertTrue(findings.stream().anyMatch(f -> List.of(unknown.toString()).equals(f.get("names"))));
        assertTrue(findings.stream().anyMatch(f -> List.of(unknownInUpdate.toString()).equals(f.get("names"))));

        // The unknown recommendation arrives: the finding goes.
        EventPublisher.send(FundEvents.recommendationRecorded(unknown, "KHM", "SUPPORTED_IN_PART", "NOT_STARTED", List.of(5)));
        await().atMost(Duration.ofSeconds(60)).until(() -> cambodia().getList("findings").size() == 1);
    }

    @Test
    void iso3ThatIsNotACodeIsRefusedAndAStateTheReadModelDoesNotKnowIsNotFound() {
        for (String iso3 : List.of("khm", "XYZ", "KH", "KHMR", "K1M", "%20KHM")) {
            given().get("/api/fund/countries/" + iso3).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("iso3"));
        }
        given().get("/api/fund/countries/ISL").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://upr-fund.example/problems/not-found"));
    }

    private static JsonPath cambodia() {
        int status = given().get("/api/fund/countries/KHM").then().extract().statusCode();
        return status == 200 ? FundStatusClient.exact(given().get("/api/fund/countries/KHM").then().extract().jsonPath()) : null;
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }
}

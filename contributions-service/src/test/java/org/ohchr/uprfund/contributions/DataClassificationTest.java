package org.ohchr.uprfund.contributions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.asFundManager;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.contribution;
import static org.ohchr.uprfund.contributions.ContributionTestRequests.receive;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.DataClassificationContract;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** docs/DATA-CLASSIFICATION.md, held against this service (see the contract). */
@QuarkusTest
class DataClassificationTest extends DataClassificationContract {

    @Override
    protected Sample sampleOf(ClassifiedField field) {
        return switch (field.key()) {
            case "Contribution.bankReference" -> {
                Map<String, Object> body = contribution(organisation(), "100.00", "USD", null, "2025");
                String id = receive(body);
                yield new Sample("/api/contributions/" + id, "", (String) body.get("bankReference"));
            }
            case "Donor.name" -> {
                String name = "Classified person " + UUID.randomUUID();
                yield new Sample("/api/donors/" + privateDonor(name), "", name);
            }
            case "ContributionSummaryDonor.name" -> {
                String name = "Classified person " + UUID.randomUUID();
                String donor = privateDonor(name);
                receive(contribution(donor, "10.00", "USD", null, "2025"));
                yield new Sample("/api/contributions/summary?groupBy=donor", "rows.find { it.donor.id == '" + donor + "' }.donor", name);
            }
            default -> throw new AssertionError("No sample of " + field.key() + ": say here where to read it");
        };
    }

    @Test
    void privateDonorsAreNotFoundByTheirNamesWithoutTheRole() {
        String marker = UUID.randomUUID().toString();
        String donor = privateDonor("Person " + marker);
        assertThat(given().queryParam("search", marker).when().get("/api/donors").then().statusCode(200)
                .extract().<List<String>>path("items.id")).isEmpty();
        assertThat(given().auth().oauth2(TestTokens.recommendationsEditor()).queryParam("search", marker).when().get("/api/donors")
                .then().statusCode(200).extract().<List<String>>path("items.id")).isEmpty();
        assertThat(given().auth().oauth2(TestTokens.fundManager()).queryParam("search", marker).when().get("/api/donors")
                .then().statusCode(200).extract().<List<String>>path("items.id")).containsExactly(donor);
    }

    @Test
    void statesAndOrganisationsAreNamedToAnyone() {
        String name = "Foundation " + UUID.randomUUID();
        String id = asFundManager().body(Map.of("name", name, "kind", "ORGANISATION")).when().post("/api/donors")
                .then().statusCode(201).extract().path("id");
        assertThat(given().when().get("/api/donors/" + id).then().statusCode(200).extract().<String>path("name")).isEqualTo(name);
        assertThat(given().queryParam("search", name).when().get("/api/donors").then().statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(id);
    }

    private static String privateDonor(String name) {
        return asFundManager().body(Map.of("name", name, "kind", "PRIVATE")).when().post("/api/donors")
                .then().statusCode(201).extract().path("id");
    }

    private static String organisation() {
        return asFundManager().body(Map.of("name", "Organisation " + UUID.randomUUID(), "kind", "ORGANISATION")).when()
                .post("/api/donors").then().statusCode(201).extract().path("id");
    }
}

package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.classification.DonorName;
import org.ohchr.uprfund.testing.DataClassificationContract;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** docs/DATA-CLASSIFICATION.md, held against the gateway's own reads (see the contract); routed reads are the services'. */
@QuarkusTest
class DataClassificationTest extends DataClassificationContract {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(60);
    private static final LocalDate RECEIVED = LocalDate.of(2019, 5, 14);

    @Override
    protected Sample sampleOf(ClassifiedField field) {
        return switch (field.key()) {
            case "StatedFigure.recordedBy" -> {
                String id = given().auth().oauth2(TestTokens.fundManager()).contentType("application/json")
                        .body("{\"report\":\"Report " + UUID.randomUUID() + "\",\"figure\":\"statement.2019.TOTAL_INCOME\",\"valueUsd\":1}")
                        .post("/api/fund/stated-figures").then().statusCode(201).extract().path("id");
                yield new Sample("/api/fund/stated-figures/" + id, "", "secretariat@test");
            }
            case "ContributionsTableDonor.name" -> {
                String name = "Classified person " + UUID.randomUUID();
                UUID donor = privateDonorWhoGave(name, UUID.randomUUID(), "250.00", null);
                yield new Sample("/api/fund/contributions?groupBy=donor", "rows.find { it.donor.id == '" + donor + "' }.donor", name);
            }
            default -> throw new AssertionError("No sample of " + field.key() + ": say here where to read it");
        };
    }

    @Test
    void fundStatusNamesNoPrivateIndividualToAnyCaller() {
        String name = "Pledging person " + UUID.randomUUID();
        UUID donor = UUID.randomUUID();
        EventPublisher.send(FundEvents.donorRegistered(donor, name, "PRIVATE", null),
                FundEvents.pledgeRecorded(UUID.randomUUID(), donor, "900.00", RECEIVED, "2019"));
        String row = "pledgesOutstanding.byDonor.find { it.donorId == '" + donor + "' }";
        await().atMost(APPLIED_WITHIN).until(() -> given().get("/api/fund/status").then().extract().jsonPath().get(row + ".name") != null);
        for (String token : List.of(TestTokens.fundManager(), TestTokens.fieldOffice("KEN"), TestTokens.withoutRoles())) {
            JsonPath status = given().auth().oauth2(token).get("/api/fund/status").then().statusCode(200).extract().jsonPath();
            assertThat(status.getString(row + ".name")).isEqualTo(DonorName.PRIVATE_DONOR);
        }
        assertThat(given().get("/api/fund/status?asOf=" + LocalDate.now()).then().statusCode(200).extract().jsonPath()
                .getString(row + ".name")).isEqualTo(DonorName.PRIVATE_DONOR);
    }

    @Test
    void findingsAndStatementEntriesShowNeitherPrivateNamesNorBankReferences() {
        String name = "Unnamed person " + UUID.randomUUID();
        String bankReference = "BANK-" + UUID.randomUUID();
        UUID contribution = UUID.randomUUID();
        privateDonorWhoGave(name, contribution, "75.00", bankReference);
        given().auth().oauth2(TestTokens.fundManager()).contentType("application/json")
                .body("{\"report\":\"Report " + UUID.randomUUID() + "\",\"figure\":\"contributions.donors\",\"donors\":[\"Norway\"]}")
                .post("/api/fund/stated-figures").then().statusCode(201);
        String table = given().auth().oauth2(TestTokens.recommendationsEditor()).get("/api/fund/contributions").then().statusCode(200)
                .extract().asString();
        assertThat(table).contains(DonorName.PRIVATE_DONOR).doesNotContain(name).doesNotContain(bankReference);
        // The secretariat reads the name in the rows; the comparisons and findings are the same for everyone.
        JsonPath forFundManager = given().auth().oauth2(TestTokens.fundManager()).get("/api/fund/contributions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(forFundManager.getList("rows.donor.name")).contains(name);
        assertThat(forFundManager.getList("statedFigures.notNamedByReport.flatten()")).contains(DonorName.PRIVATE_DONOR).doesNotContain(name);
        assertThat(forFundManager.getList("findings.names.flatten()")).contains(DonorName.PRIVATE_DONOR).doesNotContain(name);
        assertThat(forFundManager.prettify()).doesNotContain(bankReference);
        for (String token : List.of(TestTokens.fundManager(), TestTokens.withoutRoles())) {
            String entries = given().auth().oauth2(token).queryParam("size", 200)
                    .get("/api/fund/statements/" + RECEIVED.getYear() + "/lines/CONTRIBUTIONS_RECEIVED/entries")
                    .then().statusCode(200).extract().asString();
            assertThat(JsonPath.from(entries).getString("items.find { it.id == '" + contribution + "' }.description"))
                    .isEqualTo("Contribution received for 2019");
            assertThat(entries).doesNotContain(bankReference);
        }
    }

    /** A private individual registered and giving: applied to the read model before it returns. */
    private static UUID privateDonorWhoGave(String name, UUID contribution, String amountUsd, String bankReference) {
        UUID donor = UUID.randomUUID();
        EventPublisher.send(FundEvents.donorRegistered(donor, name, "PRIVATE", null),
                FundEvents.contributionReceived(contribution, donor, null, amountUsd, RECEIVED, "2019", bankReference));
        String row = "rows.find { it.donor.id == '" + donor + "' }.donor.name";
        await().atMost(APPLIED_WITHIN).until(() -> given().auth().oauth2(TestTokens.fundManager()).queryParam("groupBy", "donor")
                .get("/api/fund/contributions").then().extract().jsonPath().get(row) != null);
        return donor;
    }
}

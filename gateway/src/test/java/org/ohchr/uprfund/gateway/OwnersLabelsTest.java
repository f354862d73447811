package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.domain.CostCategory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every label the gateway shows for a code owned by a service is that service's, as it ships it in its jar
 * (META-INF/resources/reference/*.json), for every code and each of the six UN languages: the statement's cost-category
 * lines, and the code lists the dashboard reads. The owner's file is read here as plain JSON, not through the reader the
 * gateway uses.
 */
@QuarkusTest
@TestProfile(ReportDataProfile.class)
class OwnersLabelsTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    /** The code lists the dashboard labels codes with, and the owner that ships each. */
    private static final Map<String, String> DASHBOARD_LISTS = Map.of(
            "cost-categories", "projects-service", "implementation-statuses", "recommendations-service");

    @BeforeEach
    void reportData() {
        Report2020.publishOnce();
    }

    @Test
    void statementLabelsEachCostCategoryAsProjectsServiceShipsItInEveryLanguage() throws IOException {
        JsonNode owners = ownersList("cost-categories", "projects-service");
        assertEquals(codes(owners), Arrays.stream(CostCategory.values()).map(Enum::name).toList(),
                "the gateway's cost categories are the owner's codes, in its order");
        for (String language : LANGUAGES) {
            List<Map<String, String>> lines = given().header("Accept-Language", language).get("/api/fund/statements/2020")
                    .then().statusCode(200).header("Content-Language", language).extract().jsonPath().getList("lines");
            Map<String, String> shown = new LinkedHashMap<>();
            lines.stream().filter(line -> "EXPENDITURE".equals(line.get("section")) && !"TOTAL_EXPENDITURE".equals(line.get("code")))
                    .forEach(line -> shown.put(line.get("code"), line.get("label")));
            assertEquals(labels(owners, language), shown, "cost categories in " + language);
        }
    }

    @Test
    void dashboardReadsTheOwnersCodeListsFromTheGatewayAsTheyShipThem() throws IOException {
        for (Map.Entry<String, String> list : DASHBOARD_LISTS.entrySet()) {
            byte[] served = given().get("/reference/" + list.getKey() + ".json").then().statusCode(200).extract().asByteArray();
            assertArrayEquals(ownersBytes(list.getKey(), list.getValue()), served, list.getKey());
        }
        String dashboard = given().get("/dashboard/dashboard.js").then().statusCode(200).extract().asString();
        DASHBOARD_LISTS.keySet().forEach(list -> assertTrue(dashboard.contains("'" + list + "'"), list + " is not read by the dashboard"));
    }

    @Test
    void dashboardsOwnLabelsHoldNoCodeOfAnOwnersList() throws IOException {
        String labels = given().get("/dashboard/labels.js").then().statusCode(200).extract().asString();
        for (Map.Entry<String, String> list : DASHBOARD_LISTS.entrySet()) {
            for (JsonNode item : ownersList(list.getKey(), list.getValue()).path("items")) {
                String code = item.path("code").asText();
                assertFalse(labels.contains(code + ":"), code + " is labelled by a copy in labels.js");
                for (String language : LANGUAGES) {
                    String label = item.path("labels").path(language).asText();
                    assertFalse(labels.contains("'" + label + "'"), "a copy of " + list.getKey() + " " + code + " in " + language);
                }
            }
        }
    }

    /** The owner's list: the one resource of that name on the class path, in the owner's jar. */
    private static JsonNode ownersList(String name, String owner) throws IOException {
        return new ObjectMapper().readTree(ownersBytes(name, owner));
    }

    private static byte[] ownersBytes(String name, String owner) throws IOException {
        String path = "META-INF/resources/reference/" + name + ".json";
        List<URL> found = Collections.list(Thread.currentThread().getContextClassLoader().getResources(path));
        assertEquals(1, found.size(), path + " is shipped once, by its owner: " + found);
        assertTrue(found.get(0).toString().contains(owner), path + " comes from " + found.get(0) + ", not from " + owner);
        try (InputStream in = found.get(0).openStream()) {
            return in.readAllBytes();
        }
    }

    private static List<String> codes(JsonNode list) {
        return list.path("items").findValues("code").stream().map(JsonNode::asText).toList();
    }

    private static Map<String, String> labels(JsonNode list, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        list.path("items").forEach(item -> labels.put(item.path("code").asText(), item.path("labels").path(language).asText()));
        return labels;
    }
}

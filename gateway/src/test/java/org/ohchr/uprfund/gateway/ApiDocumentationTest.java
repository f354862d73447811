package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.ApiDocumentRules;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The suite's combined API documentation: each service's document passed on at /openapi/&lt;service&gt; (against
 * {@link StandInServices}), the gateway's own document, and the gateway's Swagger UI offering all four.
 */
@QuarkusTest
class ApiDocumentationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void serviceDocumentIsTheServicesOwnFromItsOpenApiPathInJson() {
        String document = given().get("/openapi/contributions")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .extract().asString();

        // The stand-in serves this document only at /q/openapi?format=json; any other URI gets an echo.
        assertEquals(StandInServices.OPENAPI_DOCUMENT, document);
    }

    @Test
    void clientsQueryStringDoesNotChangeTheDocumentAsked() {
        given().accept("application/yaml")
                .get("/openapi/contributions?format=yaml")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("info.title", equalTo("UPR Voluntary Fund: contributions (stand-in)"));
    }

    @Test
    void documentOfServiceThatIsDownGivesServiceUnavailableProblemNamingIt() {
        given().get("/openapi/projects")
                .then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://upr-fund.example/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("projects-service is not answering at the moment; try again shortly"))
                .body("instance", equalTo("/openapi/projects"))
                .body("service", equalTo("projects-service"));
        given().get("/openapi/recommendations")
                .then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("service", equalTo("recommendations-service"));
    }

    @Test
    void documentOfUnknownServiceIsNotFound() {
        given().get("/openapi/no-such-service")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("instance", equalTo("/openapi/no-such-service"));
    }

    @Test
    void gatewayDocumentDeclaresOnlyTheRelativeServerSoTryItOutStaysOnTheGateway() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("servers.url", contains("/"));
    }

    @Test
    void everyOperationOfTheGatewayKeepsTheApiDocumentRules() {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        assertEquals(List.of(), ApiDocumentRules.violationsOf(document));
    }

    @Test
    void everyReadOfTheGatewayDocumentsTheLimitOnReadsWithoutAToken() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        int reads = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (path.getKey().startsWith("/api/") && path.getValue().containsKey("get")) {
                reads++;
                String at = "paths.'" + path.getKey() + "'.get.responses.'429'";
                assertEquals("integer", document.getString(at + ".headers.Retry-After.schema.type"), path.getKey());
                assertEquals("https://upr-fund.example/problems/too-many-requests",
                        document.getString(at + ".content.'application/problem+json'.examples.'too many reads'.value.type"), path.getKey());
            }
        }
        assertTrue(reads >= 10, reads + " reads");
    }

    @Test
    void swaggerUiOffersTheGatewayAndEveryServiceTheGatewayFirst() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("{url: \"/q/openapi\", name: \"gateway\"}"))
                .body(containsString("{url: \"/openapi/contributions\", name: \"contributions\"}"))
                .body(containsString("{url: \"/openapi/projects\", name: \"projects\"}"))
                .body(containsString("{url: \"/openapi/recommendations\", name: \"recommendations\"}"))
                .body(containsString("\"urls.primaryName\": 'gateway'"));
    }
}

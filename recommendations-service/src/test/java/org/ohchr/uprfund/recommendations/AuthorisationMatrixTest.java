package org.ohchr.uprfund.recommendations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The authorisation matrix of the service's README, held against the OpenAPI document and against the service itself:
 * every operation of the document is in the matrix with the role it declares (or none, public), every row of the matrix
 * is an operation, and every secured operation refuses a request without a token (401) and one without its role (403).
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE) \\| (/\\S+) \\| ([a-z-]+) \\|$");
    private static final String PUBLIC = "public";

    @Test
    void everyOperationDeclaresTheRoleTheReadmeSays() {
        Map<String, String> documented = documentedOperations();
        assertThat(documented).isNotEmpty();
        assertThat(documented).isEqualTo(readmeMatrix());
    }

    @Test
    void everySecuredOperationRefusesCallersWithoutTheRoleAndEveryPublicOneServesThem() {
        readmeMatrix().forEach((operation, needs) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replace("{target}", "1.4")
                    .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
            if (needs.equals(PUBLIC)) {
                assertThat(call(given(), method, path)).as(operation + " without a token").isNotIn(401, 403);
            } else {
                assertThat(call(given(), method, path)).as(operation + " without a token").isEqualTo(401);
                assertThat(call(given().auth().oauth2(TestTokens.withoutRoles()), method, path)).as(operation + " without " + needs)
                        .isEqualTo(403);
            }
        });
    }

    private static int call(RequestSpecification request, String method, String path) {
        return request.contentType(ContentType.JSON).body("{}").request(method, path).statusCode();
    }

    /** "METHOD /path" -> the role its security requirement names, or "public" when it has none. */
    private static Map<String, String> documentedOperations() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Map<String, String> operations = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
            String needs = security == null || security.isEmpty() ? PUBLIC
                    : String.join(",", security.get(0).values().iterator().next());
            operations.put(method.toUpperCase() + " " + path, needs.isEmpty() ? "authenticated" : needs);
        }));
        return operations;
    }

    private static Map<String, String> readmeMatrix() {
        Map<String, String> matrix = new TreeMap<>();
        try {
            boolean inSection = false;
            for (String line : Files.readAllLines(Path.of("README.md"))) {
                if (line.startsWith("## ")) {
                    inSection = line.equals("## Authorisation");
                }
                Matcher row = ROW.matcher(line);
                if (inSection && row.matches()) {
                    matrix.put(row.group(1) + " " + row.group(2), row.group(3));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("The service's README.md must be readable from the module directory", e);
        }
        return matrix;
    }
}

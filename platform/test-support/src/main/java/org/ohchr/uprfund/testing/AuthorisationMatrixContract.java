package org.ohchr.uprfund.testing;

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

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The authorisation matrix of a service's README (its {@code ## Authorisation} section, one row
 * {@code | METHOD | /path | role[, role] |} or {@code public} per operation), held against the service's OpenAPI document
 * and against the service itself: every operation of the document is in the matrix with the roles it declares (none:
 * public), every row of the matrix is an operation, every secured operation refuses a request without a token (401) and
 * one without its role (403), and every public one serves a caller without a token. A service's {@code @QuarkusTest}
 * extends it, and says what to put in a path parameter that is not an id ({@link #pathParameter}).
 */
public abstract class AuthorisationMatrixContract {

    /** A README row: method, path, the roles (comma separated) or {@code public}. */
    static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE) \\| (/\\S+) \\| ([a-z, -]+) \\|$");
    static final String PUBLIC = "public";
    /** An operation secured for any caller with a valid token, whatever its roles. */
    static final String AUTHENTICATED = "authenticated";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * What to put in the path parameter {@code name} when calling an operation of the matrix: by default a new UUID (an
     * id that does not exist: the authorisation is decided before the id is looked for). A service overrides it for a
     * parameter that is not an id, such as a year.
     */
    protected String pathParameter(String name) {
        return UUID.randomUUID().toString();
    }

    @Test
    void everyOperationDeclaresTheRolesTheReadmeSays() {
        Map<String, String> documented = documentedOperations();
        assertThat(documented).isNotEmpty();
        assertThat(documented).isEqualTo(readmeMatrix(Path.of("README.md")));
    }

    @Test
    void everySecuredOperationRefusesCallersWithoutTheRoleAndEveryPublicOneServesThem() {
        Map<String, String> matrix = readmeMatrix(Path.of("README.md"));
        assertThat(matrix).isNotEmpty();
        matrix.forEach((operation, needs) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1));
            if (needs.equals(PUBLIC)) {
                assertThat(call(given(), method, path)).as(operation + " without a token").isNotIn(401, 403);
            } else {
                assertThat(call(given(), method, path)).as(operation + " without a token").isEqualTo(401);
                if (!needs.equals(AUTHENTICATED)) {
                    assertThat(call(given().auth().oauth2(TestTokens.withoutRoles()), method, path)).as(operation + " without " + needs)
                            .isEqualTo(403);
                }
            }
        });
    }

    private String concrete(String template) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, Matcher.quoteReplacement(pathParameter(parameter.group(1))));
        }
        return parameter.appendTail(path).toString();
    }

    private static int call(RequestSpecification request, String method, String path) {
        return request.contentType(ContentType.JSON).body("{}").request(method, path).statusCode();
    }

    /** "METHOD /path" -> the roles its security requirement names (comma separated), or "public" when it has none. */
    static Map<String, String> documentedOperations() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Map<String, String> operations = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
            String needs = security == null || security.isEmpty() ? PUBLIC : String.join(",", security.get(0).values().iterator().next());
            operations.put(method.toUpperCase() + " " + path, needs.isEmpty() ? AUTHENTICATED : needs);
        }));
        return operations;
    }

    /** "METHOD /path" -> the roles of its row in the README's {@code ## Authorisation} section (comma separated). */
    static Map<String, String> readmeMatrix(Path readme) {
        Map<String, String> matrix = new TreeMap<>();
        try {
            boolean inSection = false;
            for (String line : Files.readAllLines(readme)) {
                if (line.startsWith("## ")) {
                    inSection = line.equals("## Authorisation");
                }
                Matcher row = ROW.matcher(line);
                if (inSection && row.matches()) {
                    matrix.put(row.group(1) + " " + row.group(2), row.group(3).replace(" ", ""));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("The service's README.md must be readable from the module directory", e);
        }
        return matrix;
    }
}

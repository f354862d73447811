package org.ohchr.uprfund.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The security suite, derived from the service's own API document ({@code /q/openapi?format=json}), so that an operation
 * added later is attacked too. A service's {@code @QuarkusTest} extends it and says which ids exist
 * ({@link #concretePath}) and which tables change in the background ({@link #tablesWrittenInBackground}).
 * <ul>
 * <li><b>Hostile input</b>: every operation with a JSON request body and an example, called by a role it grants, gets
 * the bodies of {@link HostileBodies}, and its example labelled as another media type. Never a 5xx; a refusal is
 * problem+json and writes no row in any table; an accepted body gives a resource that reads back.</li>
 * <li><b>Hostile query parameters</b>: every documented query parameter of every read, given values no parameter takes
 * (empty, wrong types, huge, NUL, injection strings): never a 5xx, a refusal is problem+json.</li>
 * <li><b>Hostile headers</b>: every operation but a stream (whose answer never ends), called as for hostile input with
 * its example, gets each of {@link HostileHeaders} that applies to it in place of the well-behaved one:
 * {@code Idempotency-Key} empty, of 10 KB, with control characters, and {@code If-Match} {@code *}, weak, of 10 KB,
 * refused where the operation takes them;
 * {@code If-None-Match}, {@code traceparent}, {@code tracestate}, {@code Accept-Language} (also with an invalid body, whose
 * problem is localised), {@code Content-Type} of odd charsets, and forwarding headers from an address that is no trusted
 * proxy, whose forged host no answer may name. Never a 5xx; a refusal is problem+json and writes nothing.</li>
 * <li><b>Unfit callers</b>: every secured write, with its valid example, from no token, an expired one, one signed by
 * another key, {@code alg: none}, another issuer, another audience (401), and every role it does not grant (403):
 * problem+json, nothing written.</li>
 * <li><b>Error bodies</b>: no stack trace, SQL, Java class or package name, in any of those answers.</li>
 * <li><b>Security headers</b> on API answers, problems and Swagger UI ({@link SecurityHeaders}).</li>
 * </ul>
 * Each test prints what it ran and fails when it ran nothing.
 */
public abstract class SecurityContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> SUITE_ROLES = List.of("fund-manager", "field-office", "recommendations-editor");
    /** What must never reach a client: a stack frame, a package or class name, SQL, a database error. */
    private static final Pattern LEAK = Pattern.compile(
            "(?<![\\w/.-])(org|java|javax|jakarta|io|com|sun)\\.[a-z]\\w*\\."
                    + "|Exception|\\bat [\\w$.]+\\(|\\bSELECT\\b|\\bINSERT INTO\\b|\\bUPDATE \\w+ SET\\b|SQLSTATE|\\bERROR: ");
    /** The example's JSON labelled as something else: the service must say it does not take that, not try to read it. */
    private static final List<String> OTHER_MEDIA_TYPES = List.of("text/plain", "application/xml", "application/octet-stream",
            "application/json; charset=ISO-8859-1");
    /** Values of a query parameter that no parameter of the suite takes. */
    private static final List<String> HOSTILE_QUERY_VALUES = Stream.concat(Stream.of("", "not-a-value", "-1", "1e999999",
            "9".repeat(400), "2020-02-30", "x\u0000y", "\ud800", "x".repeat(2000)), HostileBodies.INJECTIONS.stream()).toList();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

    @Inject
    DataSource dataSource;

    private TableRowCounts rows;

    @BeforeEach
    void countTables() {
        rows = new TableRowCounts(dataSource, tablesWrittenInBackground());
    }

    /**
     * The path to call for an operation: a template's parameters replaced by ids the service's tests create, so that the
     * request reaches the service's rules. This default puts a fresh UUID in each (a 404 problem, also acceptable).
     */
    protected String concretePath(String method, String template) {
        Matcher parameters = PATH_PARAMETER.matcher(template);
        return parameters.replaceAll(match -> UUID.randomUUID().toString());
    }

    /**
     * The example to start from: the documented one, with ids of other resources it names replaced by ids that exist, so
     * that its mutations reach the service's rules rather than stop at a 404. This default keeps the documented one.
     */
    protected JsonNode example(String method, String template, JsonNode documented) {
        return documented;
    }

    /** A copy of {@code node} with every field named {@code field}, at any depth, set to {@code value}. */
    protected static JsonNode withEvery(JsonNode node, String field, String value) {
        JsonNode copy = node.deepCopy();
        setEvery(copy, field, value);
        return copy;
    }

    private static void setEvery(JsonNode node, String field, String value) {
        if (node instanceof ObjectNode object && object.has(field)) {
            object.put(field, value);
        }
        node.forEach(child -> setEvery(child, field, value));
    }

    /** A token of {@code role}, as the suite's tokens are made; a service whose field offices write for States says which. */
    protected String tokenFor(String role) {
        return switch (role) {
        case "fund-manager" -> TestTokens.fundManager();
        case "field-office" -> TestTokens.fieldOffice("KEN");
        case "recommendations-editor" -> TestTokens.recommendationsEditor();
        default -> throw new IllegalArgumentException("No test token for role " + role);
        };
    }

    /** Tables whose count changes without a request: never compared. The Flyway history never changes, so it is kept. */
    protected Set<String> tablesWrittenInBackground() {
        return Set.of();
    }

    @Test
    void hostileInputIsRefusedWithAProblemAndWritesNothing() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
        List<String> withoutJsonExample = new ArrayList<>();
        int mutations = 0;
        for (ApiOperation operation : ApiOperation.allOf(document())) {
            Optional<JsonNode> example = jsonExample(operation).map(documented -> example(operation.method(), operation.path(), documented));
            if (example.isEmpty()) {
                if (operation.takesBody()) {
                    withoutJsonExample.add(operation.toString());
                }
                continue;
            }
            Map<String, Integer> statuses = outcomes.computeIfAbsent(operation.toString(), key -> new TreeMap<>());
            String role = operation.roles().isEmpty() ? null : operation.roles().get(0);
            String token = role == null ? null : tokenFor(role);
            for (HostileBodies.Body body : HostileBodies.of(example.get())) {
                int status = send(operation, token, "application/json", body.bytes(), operation + " with " + body, violations);
                statuses.merge(Integer.toString(status), 1, Integer::sum);
                mutations++;
            }
            for (String mediaType : OTHER_MEDIA_TYPES) {
                int status = send(operation, token, mediaType, write(example.get()), operation + " sent as " + mediaType, violations);
                statuses.merge(Integer.toString(status), 1, Integer::sum);
                mutations++;
            }
        }
        System.out.printf("Hostile input: %d operations, %d bodies; statuses per operation:%n", outcomes.size(), mutations);
        outcomes.forEach((operation, statuses) -> System.out.printf("  %-70s %s%n", operation, statuses));
        System.out.printf("  with a body that is not JSON with an example, left to their own tests: %s%n", withoutJsonExample);
        assertThat(mutations).as("hostile bodies sent: the document has no JSON request body with an example").isPositive();
        assertThat(violations).as("%d of %d hostile bodies broke a rule", violations.size(), mutations).isEmpty();
    }

    @Test
    void hostileQueryParametersAreRefusedWithAProblem() {
        List<String> violations = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (ApiOperation operation : ApiOperation.allOf(document())) {
            List<String> parameters = operation.queryParameters();
            if (!operation.method().equals("get") || parameters.isEmpty()) {
                continue;
            }
            operations++;
            String token = operation.roles().isEmpty() ? null : tokenFor(operation.roles().get(0));
            for (String parameter : parameters) {
                for (String value : HOSTILE_QUERY_VALUES) {
                    String what = operation + " with " + parameter + "=" + value;
                    RequestSpecification request = given().urlEncodingEnabled(true).queryParam(parameter, value);
                    if (token != null) {
                        request.auth().oauth2(token);
                    }
                    Response response = request.get(concretePath(operation.method(), operation.path()));
                    checkAnswer(what, response, violations);
                    requests++;
                }
            }
        }
        System.out.printf("Hostile query parameters: %d operations, %d requests%n", operations, requests);
        assertThat(violations).as("%d of %d requests with hostile query parameters broke a rule", violations.size(), requests).isEmpty();
    }

    @Test
    void hostileHeadersNeverCostA5xxAndWriteNothing() {
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
        List<String> streams = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (ApiOperation operation : ApiOperation.allOf(document())) {
            if (operation.isStream()) {
                streams.add(operation.toString());
                continue;
            }
            operations++;
            String token = operation.roles().isEmpty() ? null : tokenFor(operation.roles().get(0));
            Map.Entry<String, byte[]> body = operation.takesBody() ? validBody(operation) : null;
            for (HostileHeaders.Header header : HostileHeaders.ALL) {
                if (!header.appliesTo(operation)) {
                    continue;
                }
                Map<String, byte[]> bodies = new LinkedHashMap<>();
                bodies.put("", body == null ? null : body.getValue());
                if (body != null && header.name().equals("Accept-Language")) {
                    // An invalid body too: its problem is written in the language asked for.
                    bodies.put(" and an invalid body", "{}".getBytes(StandardCharsets.UTF_8));
                }
                for (Map.Entry<String, byte[]> sent : bodies.entrySet()) {
                    String what = operation + " with " + header + sent.getKey();
                    String contentType = body == null ? null : header.name().equals("Content-Type") ? header.value() : body.getKey();
                    int status = send(operation, token, contentType, sent.getValue(), header, what, violations);
                    if (header.mustBeRefused() && status < 400) {
                        violations.add(what + ": accepted (" + status + "), though the operation documents " + header.name());
                    }
                    outcomes.computeIfAbsent(header.toString(), key -> new TreeMap<>()).merge(Integer.toString(status), 1, Integer::sum);
                    requests++;
                }
            }
        }
        System.out.printf("Hostile headers: %d operations, %d requests; statuses per header:%n", operations, requests);
        outcomes.forEach((header, statuses) -> System.out.printf("  %-70s %s%n", abbreviated(header, 70), statuses));
        System.out.printf("  streams, whose answer never ends, left to their own tests: %s%n", streams);
        assertThat(requests).as("requests with hostile headers: the document has no operation").isPositive();
        assertThat(violations).as("%d of %d requests with hostile headers broke a rule", violations.size(), requests).isEmpty();
    }

    @Test
    void everySecuredWriteRefusesUnfitCallers() {
        List<String> violations = new ArrayList<>();
        int operations = 0;
        int cases = 0;
        for (ApiOperation operation : ApiOperation.allOf(document())) {
            if (!operation.isWrite() || !operation.isSecured()) {
                continue;
            }
            operations++;
            Map.Entry<String, byte[]> body = validBody(operation);
            for (Map.Entry<String, Unfit> caller : unfitCallers(operation).entrySet()) {
                String what = operation + " by " + caller.getKey();
                int status = send(operation, caller.getValue().token(), body.getKey(), body.getValue(), what, violations);
                if (status != caller.getValue().status()) {
                    violations.add(what + ": " + status + " instead of " + caller.getValue().status());
                }
                cases++;
            }
        }
        System.out.printf("Unfit callers: %d secured writes, %d calls%n", operations, cases);
        assertThat(cases).as("calls by unfit callers: the document has no secured write").isPositive();
        assertThat(violations).as("%d of %d calls by unfit callers broke a rule", violations.size(), cases).isEmpty();
    }

    @Test
    void apiAnswersProblemsAndSwaggerUiCarryTheSecurityHeaders() {
        SecurityHeaders.assertOnData("the API document", given().queryParam("format", "json").get("/q/openapi"));
        SecurityHeaders.assertOnData("a problem", given().get("/api/nothing-here"));
        ApiOperation write = firstSecuredWrite();
        SecurityHeaders.assertOnData("a refusal", given().contentType("application/json").body("{}")
                .request(write.method(), concretePath(write.method(), write.path())));
        SecurityHeaders.assertOn("Swagger UI", given().get("/q/swagger-ui/"));
        SecurityHeaders.assertOn("Swagger UI's script", given().get("/q/swagger-ui/swagger-ui-bundle.js"));
    }

    private static ApiOperation firstSecuredWrite() {
        return ApiOperation.allOf(document()).stream().filter(operation -> operation.isWrite() && operation.isSecured()).findFirst()
                .orElseThrow(() -> new AssertionError("The document has no secured write"));
    }

    private record Unfit(String token, int status) {
    }

    /** Who must be refused: the six tokens that prove nothing (401), then every role the operation does not grant (403). */
    private Map<String, Unfit> unfitCallers(ApiOperation operation) {
        Map<String, Unfit> callers = new LinkedHashMap<>();
        callers.put("no token", new Unfit(null, 401));
        callers.put("an expired token", new Unfit(TestTokens.expired(), 401));
        callers.put("a token signed by another key", new Unfit(TestTokens.signedByAnotherKey(), 401));
        callers.put("an unsigned token (alg: none)", new Unfit(TestTokens.unsigned(), 401));
        callers.put("a token from another issuer", new Unfit(TestTokens.fromIssuer("https://elsewhere.example/issuer"), 401));
        callers.put("a token for another audience", new Unfit(TestTokens.forAudience("another-service"), 401));
        callers.put("a token without a role", new Unfit(TestTokens.withoutRoles(), 403));
        for (String role : SUITE_ROLES) {
            if (!operation.roles().contains(role)) {
                callers.put("a " + role, new Unfit(tokenFor(role), 403));
            }
        }
        return callers;
    }

    /**
     * Sends one request and holds its answer to the rules: no 5xx; a refusal is problem+json without a leak and writes
     * nothing; an accepted create reads back. Violations are collected, so one run shows them all. Answers the status.
     */
    private int send(ApiOperation operation, String token, String contentType, byte[] body, String what, List<String> violations) {
        return send(operation, token, contentType, body, null, what, violations);
    }

    /**
     * As above, with one {@code hostile} header in place of what a well-behaved request sends under its name (null:
     * none); a request without a body ({@code body} null) has no content type either. A hostile value that an HTTP client
     * would clean is written byte for byte ({@link RawHttp}).
     */
    private int send(ApiOperation operation, String token, String contentType, byte[] body, HostileHeaders.Header hostile,
            String what, List<String> violations) {
        String path = concretePath(operation.method(), operation.path());
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", contentType);
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (operation.documentsHeader("Idempotency-Key")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (operation.documentsHeader("If-Match")) {
            currentETag(path).ifPresent(etag -> headers.put("If-Match", etag));
        }
        if (hostile != null) {
            headers.put(hostile.name(), hostile.value());
        }
        Map<String, Long> before = rows.now();
        RawHttp.Answer answer = hostile != null && hostile.hasControlCharacters() ? RawHttp.send(operation.method(), path, headers, body)
                : answerTo(sent(operation.method(), path, headers, body));
        int status = answer.status();
        if (!refusedByTheHttpDecoder(hostile, answer)) {
            checkAnswer(what, status, answer.header("Content-Type"), answer.body(), violations);
        }
        if (answer.headers().toString().contains(HostileHeaders.FORGED_HOST) || answer.body().contains(HostileHeaders.FORGED_HOST)) {
            violations.add(what + ": the answer names the host of a forged forwarding header");
        }
        if (status >= 400 && status < 500) {
            Map<String, Long> after = rows.now();
            if (!after.equals(before)) {
                violations.add(what + ": refused (" + status + ") but wrote " + changed(before, after));
            }
        } else if (answer.header("Location") != null) {
            // Read from this server: links name the suite's public URL, which a test does not serve.
            int readBack = given().auth().oauth2(token == null ? TestTokens.fundManager() : token)
                    .get(URI.create(answer.header("Location")).getRawPath()).statusCode();
            if (readBack != 200) {
                violations.add(what + ": accepted, but its Location answers " + readBack);
            }
        }
        return status;
    }

    /**
     * A header value with control characters is refused by the HTTP server's decoder (Netty, under Vert.x), before any
     * handler of the application runs, with a bare 400 that the application cannot shape: accepted here as it is, since it
     * is a client error that wrote nothing.
     */
    private static boolean refusedByTheHttpDecoder(HostileHeaders.Header hostile, RawHttp.Answer answer) {
        return hostile != null && hostile.hasControlCharacters() && answer.status() == 400 && answer.header("Content-Type") == null
                && answer.body().isEmpty();
    }

    private static Response sent(String method, String path, Map<String, String> headers, byte[] body) {
        RequestSpecification request = given();
        headers.forEach((name, value) -> {
            if (name.equals("Content-Type")) {
                request.contentType(value);
            } else {
                request.header(name, value);
            }
        });
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path);
    }

    private static RawHttp.Answer answerTo(Response response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().forEach(header -> headers.put(header.getName().toLowerCase(Locale.ROOT), header.getValue()));
        return new RawHttp.Answer(response.statusCode(), headers, response.asString());
    }

    private static void checkAnswer(String what, Response response, List<String> violations) {
        checkAnswer(what, response.statusCode(), response.contentType(), response.asString(), violations);
    }

    /** No 5xx; a 4xx is problem+json; no error shows a stack frame, a class, SQL or a database error. */
    private static void checkAnswer(String what, int status, String contentType, String answer, List<String> violations) {
        if (status >= 500) {
            violations.add(what + ": " + status + " " + abbreviated(answer));
        } else if (status >= 400 && !String.valueOf(contentType).startsWith(PROBLEM_JSON)) {
            violations.add(what + ": " + status + " as " + contentType + ", not " + PROBLEM_JSON);
        }
        if (status >= 400) {
            Matcher leak = LEAK.matcher(answer);
            if (leak.find()) {
                violations.add(what + ": the answer shows \"" + leak.group() + "\": " + abbreviated(answer));
            }
        }
    }

    /** The ETag of the resource a path acts on: its own, or that of the nearest enclosing path that has one. */
    private static Optional<String> currentETag(String path) {
        String candidate = path;
        while (candidate.lastIndexOf('/') > 0) {
            String etag = given().auth().oauth2(TestTokens.fundManager()).get(candidate).header("ETag");
            if (etag != null) {
                return Optional.of(etag);
            }
            candidate = candidate.substring(0, candidate.lastIndexOf('/'));
        }
        return Optional.empty();
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + count + " rows");
            }
        });
        return changed;
    }

    /** The documented example of a JSON request body, parsed when the document gives it as text. */
    private static Optional<JsonNode> jsonExample(ApiOperation operation) {
        return operation.requestExample().filter(example -> example.getKey().contains("json")).map(example -> parsed(example.getValue()));
    }

    /** The operation's example ({@link #example}) with its media type, or an empty JSON object where it has none. */
    private Map.Entry<String, byte[]> validBody(ApiOperation operation) {
        return operation.requestExample()
                .map(example -> Map.entry(example.getKey(), example.getKey().contains("json")
                        ? write(example(operation.method(), operation.path(), parsed(example.getValue())))
                        : example.getValue().asText().getBytes(StandardCharsets.UTF_8)))
                .orElse(Map.entry("application/json", "{}".getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode parsed(JsonNode example) {
        if (!example.isTextual()) {
            return example;
        }
        try {
            return JSON.readTree(example.asText());
        } catch (JsonProcessingException e) {
            return example;
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }

    private static JsonNode document() {
        try {
            return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("The API document is not JSON", e);
        }
    }

    private static String abbreviated(String text) {
        return abbreviated(text, 300);
    }

    private static String abbreviated(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "..." : text;
    }
}

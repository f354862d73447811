package org.ohchr.uprfund.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every API document of the suite promises its readers and the clients generated from it, checked on the document
 * itself ({@code /q/openapi?format=json}), so that an operation added without it fails its service's test:
 * <ul>
 * <li>the document declares servers, all relative, so that "Try it out" stays on whoever served it (the gateway);</li>
 * <li>every operation has an operationId and a summary, and a 2xx response with content;</li>
 * <li>every response with content has an example for each media type;</li>
 * <li>every 4xx and 5xx response is {@code application/problem+json};</li>
 * <li>a public operation says so ({@code security: []}); a secured one documents 401 and 403; a secured write 413 when
 * it takes a body, 422 when it takes an {@code Idempotency-Key};</li>
 * <li>every write documents the 503 of a database out of reach, with its {@code Retry-After};</li>
 * <li>a list taking {@code page} and {@code size} documents 400;</li>
 * <li>an operation taking {@code If-Match} documents 412 and 428; a 201 declares its {@code Location}; one taking
 * {@code Accept-Language} declares the {@code Content-Language} of its 2xx answers.</li>
 * </ul>
 */
public final class ApiDocumentRules {

    private static final String PROBLEM_JSON = "application/problem+json";

    private ApiDocumentRules() {
    }

    /** The rules the document breaks, one line each naming the operation; empty when it keeps them all. */
    public static List<String> violationsOf(String documentJson) {
        try {
            return violationsOf(new ObjectMapper().readTree(documentJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The API document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static List<String> violationsOf(JsonNode document) {
        List<String> violations = new ArrayList<>();
        checkServers(document, violations::add);
        ApiOperation.allOf(document).forEach(operation -> check(operation, violation -> violations.add(operation + ": " + violation)));
        return violations;
    }

    private static void checkServers(JsonNode document, Consumer<String> violation) {
        JsonNode servers = document.path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            violation.accept("the document declares no servers");
        }
        servers.forEach(server -> {
            if (!server.path("url").asText().startsWith("/")) {
                violation.accept("server " + server.path("url") + " is not relative: \"Try it out\" would leave the gateway");
            }
        });
    }

    private static void check(ApiOperation operation, Consumer<String> violation) {
        if (operation.text("operationId").isBlank()) {
            violation.accept("no operationId");
        }
        if (operation.text("summary").isBlank()) {
            violation.accept("no summary");
        }
        checkResponses(operation, violation);
        checkSecurity(operation, violation);
        if (operation.documentsHeader("If-Match")) {
            requireStatuses(operation, violation, "it takes If-Match", "412", "428");
        }
        if (operation.queryParameters().containsAll(List.of("page", "size"))) {
            requireStatuses(operation, violation, "it takes page and size", "400");
        }
    }

    private static void checkResponses(ApiOperation operation, Consumer<String> violation) {
        List<Map.Entry<String, JsonNode>> responses = operation.responses();
        if (responses.stream().noneMatch(response -> response.getKey().startsWith("2") && hasContent(response.getValue()))) {
            violation.accept("no 2xx response with content");
        }
        for (Map.Entry<String, JsonNode> entry : responses) {
            String status = entry.getKey();
            JsonNode response = entry.getValue();
            response.path("content").fields().forEachRemaining(mediaType -> {
                if (!hasExample(mediaType.getValue())) {
                    violation.accept(status + " " + mediaType.getKey() + " has no example");
                }
            });
            if ((status.startsWith("4") || status.startsWith("5")) && !isOnlyProblemJson(response)) {
                violation.accept(status + " is not " + PROBLEM_JSON + " alone");
            }
            if (status.equals("201") && !hasHeader(response, "Location")) {
                violation.accept("201 declares no Location header");
            }
            if (status.startsWith("2") && hasContent(response) && operation.documentsHeader("Accept-Language")
                    && !hasHeader(response, "Content-Language")) {
                violation.accept(status + " declares no Content-Language header, though the operation takes Accept-Language");
            }
            if (status.equals("503") && !hasHeader(response, "Retry-After")) {
                violation.accept("503 declares no Retry-After header");
            }
        }
    }

    private static void checkSecurity(ApiOperation operation, Consumer<String> violation) {
        if (!operation.isSecured() && !operation.isMarkedPublic()) {
            violation.accept("neither secured nor marked public (security: [])");
        }
        if (operation.isSecured()) {
            requireStatuses(operation, violation, "it is secured", "401", "403");
        }
        if (operation.isWrite()) {
            requireStatuses(operation, violation, "it is a write", "503");
        }
        if (operation.isSecured() && operation.isWrite()) {
            if (operation.takesBody()) {
                requireStatuses(operation, violation, "it takes a body", "413");
            }
            if (operation.documentsHeader("Idempotency-Key")) {
                requireStatuses(operation, violation, "it takes an Idempotency-Key", "422");
            }
        }
    }

    private static void requireStatuses(ApiOperation operation, Consumer<String> violation, String because, String... statuses) {
        List<String> documented = operation.responses().stream().map(Map.Entry::getKey).toList();
        for (String status : statuses) {
            if (!documented.contains(status)) {
                violation.accept("no " + status + " response, though " + because);
            }
        }
    }

    private static boolean hasContent(JsonNode response) {
        return response.path("content").isObject() && !response.path("content").isEmpty();
    }

    private static boolean hasExample(JsonNode mediaType) {
        return mediaType.has("example") || (mediaType.path("examples").isObject() && !mediaType.path("examples").isEmpty());
    }

    private static boolean isOnlyProblemJson(JsonNode response) {
        JsonNode content = response.path("content");
        return content.size() == 1 && content.has(PROBLEM_JSON);
    }

    private static boolean hasHeader(JsonNode response, String name) {
        List<String> headers = new ArrayList<>();
        response.path("headers").fieldNames().forEachRemaining(headers::add);
        return headers.stream().anyMatch(name::equalsIgnoreCase);
    }
}

package org.ohchr.uprfund.platform.openapi;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.DatabaseProblems;
import org.ohchr.uprfund.platform.problem.PayloadTooLargeException;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Adds to every API document the error responses the platform itself gives, so that resources document only their
 * own: to every secured operation, 401 and 403; to every write, the 503 (with {@code Retry-After}) of a database out of
 * reach; to a secured write with a body, 413; with an {@code Idempotency-Key}, 422 and the 409 of a key still in
 * progress; with {@code If-Match}, 412 and 428; to every list taking {@code page} and {@code size}, the 400 of a page out
 * of range. Each carries a problem example. Operations that need no token are marked so ({@code security: []}), and one
 * that documents no client error gets the 406 every operation can give. Every error response, the resources' own too, is
 * {@code application/problem+json} with the {@code Problem} schema: a resource gives an error's description and examples,
 * never its media type or schema.
 */
public class StandardErrorResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String EXAMPLE_PATH = "/api/...";
    private static final ObjectMapper EXAMPLES = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (!secured) {
                operation.setSecurity(List.of());
            }
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            asProblems(operation.getResponses());
            if (secured) {
                add(operation, ProblemType.UNAUTHENTICATED, "No valid bearer token",
                        "This operation needs a valid bearer token: signed by the suite's key, for this service, not expired", path);
                add(operation, ProblemType.FORBIDDEN, "The token lacks the role this operation needs",
                        "Your token does not grant the role this operation needs", path);
            }
            if (isWrite(method)) {
                addUnavailable(operation, path);
            }
            if (secured && isWrite(method)) {
                addWriteResponses(operation, path);
            }
            if (hasQueryParameter(operation, "page") && hasQueryParameter(operation, "size")) {
                add(operation, "A page or size out of range", "invalid paging", Problem.invalid(
                        List.of(new Problem.Violation("size", "must be from 1 to " + PageRequest.MAX_SIZE)), path));
            }
            if (!hasClientError(operation.getResponses())) {
                add(operation, ProblemType.NOT_ACCEPTABLE, "None of the media types the request accepts can be produced",
                        "None of the media types the request accepts can be produced here", path);
            }
        }));
    }

    /**
     * Puts the content of every error response under {@code application/problem+json} with the {@code Problem} schema,
     * whatever media type the operation produces on success (a resource's error examples take its {@code @Produces}).
     */
    private static void asProblems(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (!isError(status) || response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            Content content = response.getContent();
            MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
            if (problem == null) {
                problem = OASFactory.createMediaType();
            }
            // A JSON media type first: its examples are parsed JSON, where those of text/csv are the same text as a string.
            List<Map.Entry<String, MediaType>> others = content.getMediaTypes().entrySet().stream()
                    .sorted(Comparator.comparing(other -> !other.getKey().endsWith("json"))).toList();
            for (Map.Entry<String, MediaType> other : others) {
                if (other.getKey().equals(Problem.MEDIA_TYPE)) {
                    continue;
                }
                if (other.getValue().getExamples() != null) {
                    for (Map.Entry<String, Example> example : other.getValue().getExamples().entrySet()) {
                        if (problem.getExamples() == null || !problem.getExamples().containsKey(example.getKey())) {
                            problem.addExample(example.getKey(), asJson(example.getValue()));
                        }
                    }
                }
                content.removeMediaType(other.getKey());
            }
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        });
    }

    /** An example written for a text media type (an event stream, CSV) holds the problem's JSON as a string. */
    private static Example asJson(Example example) {
        if (example.getValue() instanceof String text && text.strip().startsWith("{")) {
            try {
                example.setValue(EXAMPLES.readValue(text, Map.class));
            } catch (JsonProcessingException notJson) {
                // Left as written: the document's lint names it.
            }
        }
        return example;
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static void addWriteResponses(Operation operation, String path) {
        if (operation.getRequestBody() != null) {
            add(operation, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than the service accepts",
                    PayloadTooLargeException.detail(bodyLimit()), path);
        }
        if (hasHeader(operation, IdempotentCreation.HEADER)) {
            add(operation, ProblemType.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key was used before with another request",
                    "This Idempotency-Key was already used with a different request; use a new key for a new request", path);
            add(operation, ProblemType.IDEMPOTENCY_IN_PROGRESS, "A request with this Idempotency-Key is still running",
                    "A request with this Idempotency-Key is still being processed; retry shortly with the same key to receive its response",
                    path);
        }
        if (hasHeader(operation, "If-Match")) {
            add(operation, ProblemType.PRECONDITION_FAILED, "If-Match names a version that is no longer current, or is a weak tag",
                    "The resource changed since you read it; its current version is \"2\": read it again and decide anew", path);
            add(operation, ProblemType.PRECONDITION_REQUIRED, "No If-Match header, or If-Match: * (which names no version)",
                    "This change needs an If-Match header carrying the ETag of the version you read", path);
        }
    }

    /** Every write needs the service's database: while it is out of reach, the write is refused and may be sent again. */
    private static void addUnavailable(Operation operation, String path) {
        APIResponse response = add(operation, ProblemType.SERVICE_UNAVAILABLE, "The service's database cannot be reached just now:"
                + " send the request again after Retry-After seconds", DatabaseProblems.UNAVAILABLE_DETAIL, path);
        addRetryAfter(response, "Seconds to wait before sending it again", DatabaseProblems.RETRY_AFTER_SECONDS);
    }

    /** Declares on {@code response} its {@code Retry-After} header, unless it does already; {@code example} may be null. */
    public static void addRetryAfter(APIResponse response, String description, Integer example) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)) {
            response.addHeader(HttpHeaders.RETRY_AFTER, OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)).example(example));
        }
    }

    private static APIResponse add(Operation operation, ProblemType type, String description, String detail, String path) {
        return add(operation, description, type.slug(), Problem.of(type, detail, path));
    }

    /**
     * Adds the response with {@code problem} as its example named {@code exampleName}, or, when the operation documents
     * that status already, the example to it. For a module's filter documenting a problem of a mechanism of its own.
     */
    public static APIResponse add(Operation operation, String description, String exampleName, Problem problem) {
        String status = Integer.toString(problem.status());
        APIResponses responses = operation.getResponses();
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        MediaType mediaType = content.getMediaType(Problem.MEDIA_TYPE);
        if (mediaType == null) {
            mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
            content.addMediaType(Problem.MEDIA_TYPE, mediaType);
        }
        if (mediaType.getExamples() == null || !mediaType.getExamples().containsKey(exampleName)) {
            mediaType.addExample(exampleName, OASFactory.createExample().summary(problem.title()).value(valueOf(problem)));
        }
        return response;
    }

    /** The problem as its JSON reads, with a general path where the operation's has parameters. */
    private static Map<String, Object> valueOf(Problem problem) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", problem.type().toString());
        value.put("title", problem.title());
        value.put("status", problem.status());
        value.put("detail", problem.detail());
        value.put("instance", problem.instance().contains("{") ? EXAMPLE_PATH : problem.instance());
        if (problem.violations() != null) {
            value.put("violations", problem.violations().stream().map(violation -> {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("field", violation.field());
                fields.put("message", violation.message());
                return fields;
            }).toList());
        }
        return value;
    }

    private static long bodyLimit() {
        return ConfigProvider.getConfig().getOptionalValue("fund.http.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(256L * 1024);
    }

    private static boolean isWrite(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
    }

    private static boolean hasHeader(Operation operation, String name) {
        return hasParameter(operation, Parameter.In.HEADER, name);
    }

    private static boolean hasQueryParameter(Operation operation, String name) {
        return hasParameter(operation, Parameter.In.QUERY, name);
    }

    private static boolean hasParameter(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == in && name.equalsIgnoreCase(parameter.getName()));
    }

    private static boolean hasClientError(APIResponses responses) {
        return responses.getAPIResponses() != null && responses.getAPIResponses().keySet().stream().anyMatch(status -> status.startsWith("4"));
    }
}

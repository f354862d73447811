package org.ohchr.uprfund.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.problem.PayloadTooLargeException;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Adds to every API document the error responses the platform itself gives, so that resources document only their
 * own: to every secured write, 401 and 403; with a body, 413; with an {@code Idempotency-Key}, 422 and the 409 of a key
 * still in progress; with {@code If-Match}, 412 and 428. Each carries a problem example. Operations that need no token
 * are marked so ({@code security: []}), and one that documents no client error gets the 406 every operation can give.
 */
public class StandardErrorResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String EXAMPLE_PATH = "/api/...";

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
            if (secured && isWrite(method)) {
                addWriteResponses(operation, path);
            }
            if (!hasClientError(operation.getResponses())) {
                add(operation, ProblemType.NOT_ACCEPTABLE, "None of the media types the request accepts can be produced",
                        "None of the media types the request accepts can be produced here", path);
            }
        }));
    }

    private static void addWriteResponses(Operation operation, String path) {
        add(operation, ProblemType.UNAUTHENTICATED, "No valid bearer token",
                "This operation needs a valid bearer token: signed by the suite's key, for this service, not expired", path);
        add(operation, ProblemType.FORBIDDEN, "The token lacks the role this operation needs",
                "Your token does not grant the role this operation needs", path);
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
            add(operation, ProblemType.PRECONDITION_FAILED, "If-Match names a version that is no longer current",
                    "The resource changed since you read it; its current version is \"2\": read it again and decide anew", path);
            add(operation, ProblemType.PRECONDITION_REQUIRED, "No If-Match header",
                    "This change needs an If-Match header carrying the ETag of the version you read", path);
        }
    }

    /** Adds the response, or, when the operation documents that status already, the example to it. */
    private static void add(Operation operation, ProblemType type, String description, String detail, String path) {
        String status = Integer.toString(type.status());
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
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getExamples() == null || !problem.getExamples().containsKey(type.slug())) {
            problem.addExample(type.slug(), example(type, detail, path));
        }
    }

    private static Example example(ProblemType type, String detail, String path) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.uri().toString());
        value.put("title", type.title());
        value.put("status", type.status());
        value.put("detail", detail);
        value.put("instance", path.contains("{") ? EXAMPLE_PATH : path);
        return OASFactory.createExample().summary(type.title()).value(value);
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
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName()));
    }

    private static boolean hasClientError(APIResponses responses) {
        return responses.getAPIResponses() != null && responses.getAPIResponses().keySet().stream().anyMatch(status -> status.startsWith("4"));
    }
}

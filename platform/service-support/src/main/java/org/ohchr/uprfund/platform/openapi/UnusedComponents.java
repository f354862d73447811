package org.ohchr.uprfund.platform.openapi;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Removes from a document the schemas no operation refers to, directly or through other schemas, and the security
 * schemes no security requirement names. Every {@code @Schema}-annotated class of the platform (such as Problem and
 * Page) is put in each service's components whether the service uses it or not.
 */
final class UnusedComponents {

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

    private UnusedComponents() {
    }

    static void removeFrom(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            return;
        }
        if (components.getSchemas() != null) {
            Set<String> used = schemasReachedFrom(operationsOf(openAPI), components.getSchemas());
            unlisted(components.getSchemas().keySet(), used).forEach(components::removeSchema);
            if (components.getSchemas().isEmpty()) {
                components.setSchemas(null);
            }
        }
        if (components.getSecuritySchemes() != null) {
            Set<String> named = securitySchemesNamedIn(openAPI);
            unlisted(components.getSecuritySchemes().keySet(), named).forEach(components::removeSecurityScheme);
            if (components.getSecuritySchemes().isEmpty()) {
                components.setSecuritySchemes(null);
            }
        }
    }

    private static List<String> unlisted(Set<String> names, Set<String> kept) {
        return names.stream().filter(name -> !kept.contains(name)).toList();
    }

    private static List<Operation> operationsOf(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream()).toList();
    }

    private static Set<String> schemasReachedFrom(List<Operation> operations, Map<String, Schema> components) {
        Deque<Schema> toVisit = new ArrayDeque<>();
        operations.forEach(operation -> toVisit.addAll(schemasOf(operation)));
        Set<Schema> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> reached = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (!visited.add(schema)) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMA_REF_PREFIX)) {
                String name = ref.substring(SCHEMA_REF_PREFIX.length());
                if (reached.add(name) && components.containsKey(name)) {
                    toVisit.push(components.get(name));
                }
            }
            toVisit.addAll(subschemasOf(schema));
        }
        return reached;
    }

    private static List<Schema> schemasOf(Operation operation) {
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().flatMap(UnusedComponents::schemasOf);
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty() : schemasOf(operation.getRequestBody().getContent());
        Stream<Schema> responses = operation.getResponses() == null || operation.getResponses().getAPIResponses() == null
                ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream().flatMap(UnusedComponents::schemasOf);
        return Stream.of(parameters, body, responses).flatMap(stream -> stream).toList();
    }

    private static Stream<Schema> schemasOf(Parameter parameter) {
        return Stream.concat(Stream.ofNullable(parameter.getSchema()), schemasOf(parameter.getContent()));
    }

    private static Stream<Schema> schemasOf(APIResponse response) {
        Stream<Schema> headers = response.getHeaders() == null ? Stream.empty()
                : response.getHeaders().values().stream().flatMap(UnusedComponents::schemasOf);
        return Stream.concat(schemasOf(response.getContent()), headers);
    }

    private static Stream<Schema> schemasOf(Header header) {
        return Stream.concat(Stream.ofNullable(header.getSchema()), schemasOf(header.getContent()));
    }

    private static Stream<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().flatMap(mediaType -> Stream.ofNullable(mediaType.getSchema()));
    }

    /** Every schema held by any keyword of this one: properties, items, allOf, anyOf, additionalProperties... */
    private static List<Schema> subschemasOf(Schema schema) {
        return schema.getAll().values().stream().flatMap(UnusedComponents::schemasIn).toList();
    }

    private static Stream<Schema> schemasIn(Object value) {
        if (value instanceof Schema schema) {
            return Stream.of(schema);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().flatMap(UnusedComponents::schemasIn);
        }
        if (value instanceof Map<?, ?> values) {
            return values.values().stream().flatMap(UnusedComponents::schemasIn);
        }
        return Stream.empty();
    }

    private static Set<String> securitySchemesNamedIn(OpenAPI openAPI) {
        Stream<SecurityRequirement> global = openAPI.getSecurity() == null ? Stream.empty() : openAPI.getSecurity().stream();
        Stream<SecurityRequirement> perOperation = operationsOf(openAPI).stream()
                .flatMap(operation -> operation.getSecurity() == null ? Stream.empty() : operation.getSecurity().stream());
        Set<String> named = new HashSet<>();
        Stream.concat(global, perOperation).forEach(requirement -> {
            if (requirement.getSchemes() != null) {
                named.addAll(requirement.getSchemes().keySet());
            }
        });
        return named;
    }
}

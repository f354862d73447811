package org.ohchr.uprfund.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of an OpenAPI document (a method on a path), with its local {@code $ref}s followed. */
record ApiOperation(String method, String path, JsonNode node, JsonNode document) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");

    static List<ApiOperation> allOf(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(new ApiOperation(entry.getKey(), path.getKey(), entry.getValue(), document));
            }
        }));
        return operations;
    }

    String text(String field) {
        return node.path(field).asText("");
    }

    /** Present and empty: {@code security: []}, the mark of an operation that needs no token. */
    boolean isMarkedPublic() {
        return node.has("security") && node.get("security").isArray() && node.get("security").isEmpty();
    }

    boolean isSecured() {
        return node.path("security").isArray() && !node.get("security").isEmpty();
    }

    boolean isWrite() {
        return WRITES.contains(method);
    }

    /** The roles the operation's first security requirement names; empty for a public operation. */
    List<String> roles() {
        List<String> roles = new ArrayList<>();
        node.path("security").path(0).fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        return roles;
    }

    /** The media type of the request body and its documented example (the first, when it names several). */
    Optional<Map.Entry<String, JsonNode>> requestExample() {
        JsonNode content = resolve(node.path("requestBody")).path("content");
        for (Map.Entry<String, JsonNode> mediaType : (Iterable<Map.Entry<String, JsonNode>>) content::fields) {
            JsonNode example = mediaType.getValue().has("example") ? mediaType.getValue().get("example")
                    : mediaType.getValue().path("examples").elements().hasNext()
                            ? resolve(mediaType.getValue().path("examples").elements().next()).get("value")
                            : null;
            if (example != null && !example.isMissingNode()) {
                return Optional.of(Map.entry(mediaType.getKey(), example));
            }
        }
        return Optional.empty();
    }

    /** The names of the query parameters the operation documents, its own and its path's. */
    List<String> queryParameters() {
        List<String> names = new ArrayList<>();
        for (JsonNode parameters : List.of(node.path("parameters"), document.path("paths").path(path).path("parameters"))) {
            parameters.forEach(parameter -> {
                JsonNode resolved = resolve(parameter);
                if ("query".equals(resolved.path("in").asText()) && !names.contains(resolved.path("name").asText())) {
                    names.add(resolved.path("name").asText());
                }
            });
        }
        return names;
    }

    boolean takesBody() {
        return node.has("requestBody");
    }

    boolean documentsHeader(String name) {
        return StreamSupport.stream(node.path("parameters").spliterator(), false).map(this::resolve)
                .anyMatch(parameter -> "header".equals(parameter.path("in").asText())
                        && name.equalsIgnoreCase(parameter.path("name").asText()));
    }

    /** An answer that never ends ({@code text/event-stream}): a client reads it until it hangs up. */
    boolean isStream() {
        return responses().stream().anyMatch(response -> response.getValue().path("content").has("text/event-stream"));
    }

    /** Status code to response, in document order. */
    List<Map.Entry<String, JsonNode>> responses() {
        List<Map.Entry<String, JsonNode>> responses = new ArrayList<>();
        node.path("responses").fields().forEachRemaining(entry -> responses.add(Map.entry(entry.getKey(), resolve(entry.getValue()))));
        return responses;
    }

    /** The object a local {@code $ref} such as {@code #/components/responses/NotFound} points at, or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    @Override
    public String toString() {
        return method.toUpperCase() + " " + path;
    }
}

package org.ohchr.uprfund.platform.openapi;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.ohchr.uprfund.platform.reference.LabelledAnswer;

/**
 * Declares the headers the platform's answers carry, where an operation does not declare them itself: the
 * {@code Location} of every 201 (what it created; a replay by {@code IdempotentCreation} names it again), and for an
 * operation taking {@code Accept-Language}, how the language is chosen and the {@code Content-Language} of its
 * answers ({@link LabelledAnswer}).
 */
final class StandardHeaders {

    private StandardHeaders() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
            if (responses.containsKey("201")) {
                addIfAbsent(responses.get("201"), HttpHeaders.LOCATION, "URL of what the request created");
            }
            Parameter acceptLanguage = acceptLanguageOf(operation);
            if (acceptLanguage != null) {
                if (acceptLanguage.getDescription() == null) {
                    acceptLanguage.setDescription(LabelledAnswer.ACCEPT_LANGUAGE);
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null) {
                        addIfAbsent(response, HttpHeaders.CONTENT_LANGUAGE, "The UN language of the labels");
                    }
                });
            }
        }));
    }

    private static Parameter acceptLanguageOf(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream().filter(parameter -> parameter.getIn() == Parameter.In.HEADER
                && HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(parameter.getName())).findFirst().orElse(null);
    }

    private static void addIfAbsent(APIResponse response, String header, String description) {
        if (response.getHeaders() == null || response.getHeaders().keySet().stream().noneMatch(header::equalsIgnoreCase)) {
            response.addHeader(header, OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }
}

package org.ohchr.uprfund.platform.openapi;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the {@code Location} header on every 201 that does not declare it itself: a 201 names what it created (and a
 * replay of it by {@code IdempotentCreation} names it again), so no resource has to say so.
 */
final class CreatedLocations {

    private CreatedLocations() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            APIResponse created = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("201");
            if (created != null && !declaresLocation(created)) {
                created.addHeader(HttpHeaders.LOCATION, OASFactory.createHeader().description("URL of what the request created")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }));
    }

    private static boolean declaresLocation(APIResponse response) {
        return response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(HttpHeaders.LOCATION::equalsIgnoreCase);
    }
}

package org.ohchr.uprfund.gateway.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents on every read of the gateway's API the 429 that {@code routing/AnonymousReadLimit} gives a client address
 * past its reads without a token.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AnonymousReadLimitDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/") || item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                if (method != PathItem.HttpMethod.GET || operation.getResponses() == null
                        || operation.getResponses().getAPIResponse("429") != null) {
                    return;
                }
                APIResponse tooMany = OASFactory.createAPIResponse()
                        .description("Without a valid token: this client address sent more reads in the window than the gateway"
                                + " takes (fund.public-reads.anonymous.*); try again after Retry-After seconds, or send a token")
                        .addHeader(HttpHeaders.RETRY_AFTER, OASFactory.createHeader().description("Seconds until a read is taken again")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                                .addExample("too many reads", OASFactory.createExample().value(example(path)))));
                operation.getResponses().addAPIResponse("429", tooMany);
            });
        });
    }

    private static Map<String, Object> example(String path) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", ProblemType.TOO_MANY_REQUESTS.uri().toString());
        value.put("title", ProblemType.TOO_MANY_REQUESTS.title());
        value.put("status", ProblemType.TOO_MANY_REQUESTS.status());
        value.put("detail", "This address sent more than 300 reads without a token in 60 s; try again after Retry-After seconds,"
                + " or send a token");
        value.put("instance", path.contains("{") ? "/api/..." : path);
        return value;
    }
}

package org.ohchr.uprfund.gateway.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.ohchr.uprfund.platform.openapi.StandardErrorResponses;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents on every read of the gateway's API the 429 that {@code routing/AnonymousReadLimit} gives a client address
 * past its reads without a token, as the platform documents its own problems ({@link StandardErrorResponses}).
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
                APIResponse tooMany = StandardErrorResponses.add(operation, "Without a valid token: this client address sent more"
                        + " reads in the window than the gateway takes (fund.public-reads.anonymous.*); try again after Retry-After"
                        + " seconds, or send a token", "too many reads", Problem.of(ProblemType.TOO_MANY_REQUESTS, "This address sent"
                                + " more than 300 reads without a token in 60 s; try again after Retry-After seconds, or send a token", path));
                StandardErrorResponses.addRetryAfter(tooMany, "Seconds until a read is taken again", null);
            });
        });
    }
}

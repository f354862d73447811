package org.ohchr.uprfund.projects.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.reference.LabelledAnswer;
import org.ohchr.uprfund.projects.mapping.CodeLabels;
import org.ohchr.uprfund.projects.mapping.ReferenceMapper;

@Path("/api/cost-categories")
@Tag(name = "Reference data", description = "Cost categories and strategic areas, labelled in the six UN languages")
@Produces(MediaType.APPLICATION_JSON)
public class CostCategoryResource {

    @GET
    @PermitAll
    @Operation(operationId = "listCostCategories", summary = "List the UN cost categories of expenditure", description = "The nine"
            + " expenditure lines of Table 1 of the fund's statement, in its order (programme support costs last), labelled in"
            + " the language Accept-Language prefers.")
    @APIResponse(responseCode = "200", description = "The categories, labelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeLabels.class),
                    examples = @ExampleObject(name = "in French", value = ExpenditureExamples.COST_CATEGORIES_FR)))
    public Response list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, ReferenceMapper::costCategories);
    }
}

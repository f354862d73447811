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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.reference.UnLanguage;
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
            + " the first of the six UN languages (ar, zh, en, fr, ru, es) that Accept-Language prefers; English when it names"
            + " none of them.")
    @APIResponse(responseCode = "200", description = "The categories, labelled",
            headers = @Header(name = "Content-Language", description = "Language of the labels", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeLabels.class),
                    examples = @ExampleObject(name = "in French", value = ExpenditureExamples.COST_CATEGORIES_FR)))
    public Response list(@Parameter(description = "Such as fr-CH, fr;q=0.9, en;q=0.5") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
            String acceptLanguage) {
        UnLanguage language = UnLanguage.preferred(acceptLanguage);
        return Response.ok(ReferenceMapper.costCategories(language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}

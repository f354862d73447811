package org.ohchr.uprfund.recommendations.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.recommendations.mapping.RecommendationQueryParameters;
import org.ohchr.uprfund.recommendations.repository.RecommendationFilter;
import org.ohchr.uprfund.recommendations.service.ExportService;

@Path("/api/recommendations/export")
@Tag(name = "Recommendations")
public class ExportResource {

    static final String CSV = "text/csv; charset=utf-8";

    private final ExportService service;

    ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces({ CSV, Problem.MEDIA_TYPE })
    @Operation(operationId = "exportRecommendations", summary = "Export recommendations as CSV", description = "Every recommendation"
            + " that matches the filters (those of the list), in the list order, in the CSV format of the import: every column, so"
            + " that the file imported again changes nothing. A cell a spreadsheet would take for a formula (starting with = + - @,"
            + " a tab or a carriage return) is written after an apostrophe, which the import removes again.")
    @APIResponse(responseCode = "200", description = "The recommendations, as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"recommendations.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "one recommendation", value = Examples.CSV_EXPORT)))
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Response export(@BeanParam RecommendationQueryParameters filters) {
        RecommendationFilter filter = filters.filter();
        StreamingOutput body = out -> service.write(filter, out);
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"recommendations.csv\"").build();
    }
}

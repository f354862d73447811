package org.ohchr.uprfund.recommendations.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.reference.LabelledAnswer;
import org.ohchr.uprfund.recommendations.domain.RecommendationRules;
import org.ohchr.uprfund.recommendations.mapping.RecommendationMatrix;
import org.ohchr.uprfund.recommendations.service.MatrixService;

@Path("/api/recommendations/matrix")
@Tag(name = "Recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {

    private final MatrixService service;

    MatrixResource(MatrixService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getRecommendationMatrix", summary = "Get a State's clustered matrix of recommendations", description = "The"
            + " State's recommendations (of one UPR cycle, or of every cycle and mechanism) by theme, by the State's response and by"
            + " implementation status, and the SDG goals and targets they cover: the clustered matrix OHCHR draws up for each State."
            + " Every count is summed by the database from the recommendations, in one snapshot; labels in the language"
            + " Accept-Language prefers.")
    @APIResponse(responseCode = "200", description = "The matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationMatrix.class),
                    examples = @ExampleObject(name = "Cambodia, 3rd cycle", value = Examples.MATRIX)))
    @APIResponse(responseCode = "400", description = "No State, or an invalid State or cycle",
            content = @Content(examples = @ExampleObject(name = "no State", value = Examples.MATRIX_WITHOUT_STATE)))
    public Response matrix(
            @Parameter(description = "State under review, ISO 3166-1 alpha-3", required = true, example = "KHM") @QueryParam("state") String state,
            @Parameter(description = "UPR cycle, 1 to 4; every cycle and mechanism when absent", example = "3") @QueryParam("cycle") Integer cycle,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (state == null || state.isBlank()) {
            throw new InvalidFieldException("state", "is required: the ISO 3166-1 alpha-3 code of the State under review, such as KHM");
        }
        String iso3 = RecommendationRules.stateCode(state)
                .orElseThrow(() -> new InvalidFieldException("state", "must be an ISO 3166-1 alpha-3 country code such as KHM"));
        if (cycle != null && (cycle < 1 || cycle > 4)) {
            throw new InvalidFieldException("cycle", "must be a UPR cycle from 1 to 4");
        }
        return LabelledAnswer.of(acceptLanguage, language -> service.of(iso3, cycle, language));
    }
}

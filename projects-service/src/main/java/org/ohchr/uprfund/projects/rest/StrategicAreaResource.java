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

@Path("/api/strategic-areas")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class StrategicAreaResource {

    @GET
    @PermitAll
    @Operation(operationId = "listStrategicAreas", summary = "List the fund's strategic areas", description = "The five areas of the"
            + " fund's work, labelled in the language Accept-Language prefers. A project whose area is not stated has none (null).")
    @APIResponse(responseCode = "200", description = "The areas, labelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeLabels.class),
                    examples = @ExampleObject(name = "in Spanish", value = Examples.STRATEGIC_AREAS_ES)))
    public Response list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, ReferenceMapper::strategicAreas);
    }
}

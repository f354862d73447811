package org.ohchr.uprfund.recommendations.rest;

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
import org.ohchr.uprfund.recommendations.mapping.SdgCatalogue;

/** The Sustainable Development Goals and their targets, titled in the six UN languages. */
@Path("/api/sdgs")
@Tag(name = "Reference data", description = "Themes, Sustainable Development Goals and the codes of recommendations, labelled in the"
        + " first of the six UN languages (ar, zh, en, fr, ru, es) that Accept-Language prefers; English when it names none")
@Produces(MediaType.APPLICATION_JSON)
public class SdgResource {

    @GET
    @PermitAll
    @Operation(operationId = "listSdgs", summary = "List the Sustainable Development Goals", description = "The 17 goals of the 2030"
            + " Agenda, titled in the language Accept-Language prefers, each with its targets as officially numbered: outcome targets"
            + " by number (5.1 to 5.6), means of implementation by letter (5.a to 5.c). A recommendation links only these.")
    @APIResponse(responseCode = "200", description = "The goals and their targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgCatalogue.class),
                    examples = @ExampleObject(name = "in Spanish", value = Examples.SDGS_ES)))
    public Response sdgs(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, SdgCatalogue::in);
    }
}

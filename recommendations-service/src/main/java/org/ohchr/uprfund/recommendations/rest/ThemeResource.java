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
import org.ohchr.uprfund.recommendations.mapping.ThemeLabels;

/** The themes by which recommendations are clustered, labelled in the six UN languages. */
@Path("/api/themes")
@Tag(name = "Reference data", description = "Themes, Sustainable Development Goals and the codes of recommendations, labelled in the"
        + " first of the six UN languages (ar, zh, en, fr, ru, es) that Accept-Language prefers; English when it names none")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    @GET
    @PermitAll
    @Operation(operationId = "listThemes", summary = "List the themes", description = "The taxonomy by which recommendations are"
            + " clustered (the rows of the matrix), labelled in the language Accept-Language prefers.")
    @APIResponse(responseCode = "200", description = "The themes, labelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeLabels.class),
                    examples = @ExampleObject(name = "in French", value = Examples.THEMES_FR)))
    public Response themes(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, ThemeLabels::in);
    }
}

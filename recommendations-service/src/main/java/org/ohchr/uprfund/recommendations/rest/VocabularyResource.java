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
import org.ohchr.uprfund.recommendations.mapping.Vocabulary;

/** The codes of recommendations and plans, labelled in the six UN languages. */
@Path("/api/recommendations/vocabulary")
@Tag(name = "Reference data", description = "Themes, Sustainable Development Goals and the codes of recommendations, labelled in the"
        + " first of the six UN languages (ar, zh, en, fr, ru, es) that Accept-Language prefers; English when it names none")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    @GET
    @PermitAll
    @Operation(operationId = "getRecommendationVocabulary", summary = "List the codes of recommendations and plans", description = "Mechanisms,"
            + " responses, implementation statuses, priorities, UPR Info action categories and affected groups, labelled in the"
            + " language Accept-Language prefers.")
    @APIResponse(responseCode = "200", description = "The codes, labelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Vocabulary.class),
                    examples = @ExampleObject(name = "in Russian", value = Examples.VOCABULARY_RU)))
    public Response vocabulary(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, Vocabulary::in);
    }
}

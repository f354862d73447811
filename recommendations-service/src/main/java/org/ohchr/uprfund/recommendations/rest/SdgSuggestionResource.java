package org.ohchr.uprfund.recommendations.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.ohchr.uprfund.platform.reference.LabelledAnswer;
import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.recommendations.mapping.SdgSuggestionMapper;
import org.ohchr.uprfund.recommendations.mapping.SdgSuggestionsResponse;
import org.ohchr.uprfund.recommendations.service.RecommendationService;
import org.ohchr.uprfund.recommendations.service.SdgSuggestionService;
import org.ohchr.uprfund.recommendations.service.SdgSuggestionService.Suggested;

@Path("/api/recommendations/{id}/sdg-suggestions")
@Tag(name = "SDG suggestions", description = "SDG targets suggested for a recommendation by the service's own lexicon of words and"
        + " phrases per target and language, each with the words that triggered it; an editor accepts (the target is linked) or"
        + " rejects each")
@Produces(MediaType.APPLICATION_JSON)
public class SdgSuggestionResource {

    private final SdgSuggestionService service;
    private final RecommendationService recommendations;
    private final Caller caller;

    SdgSuggestionResource(SdgSuggestionService service, RecommendationService recommendations, Caller caller) {
        this.service = service;
        this.recommendations = recommendations;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "suggestSdgTargets", summary = "Suggest SDG targets for a recommendation", description = "Up to 10 targets,"
            + " best first, found by the lexicon in the recommendation's text and its translations: each with its score (the sum of"
            + " the weights of the lexicon entries matched), a confidence (score / (score + 2)), the words that matched, and where"
            + " it stands: OPEN, ACCEPTED, REJECTED, or LINKED when the recommendation links the target already. Goal titles in"
            + " the language Accept-Language prefers.")
    @APIResponse(responseCode = "200", description = "The suggestions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgSuggestionsResponse.class),
                    examples = @ExampleObject(name = "land titling", value = Examples.SDG_SUGGESTIONS)))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response suggestions(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, language -> SdgSuggestionMapper.toResponse(id, service.suggestionsFor(id), language));
    }

    @POST
    @Path("/{target}/accept")
    @RolesAllowed(Roles.RECOMMENDATIONS_EDITOR)
    @Operation(operationId = "acceptSdgSuggestion", summary = "Accept a suggested SDG target", description = "Links the target (and its"
            + " goal) to the recommendation and publishes SdgLinkAccepted, then RecommendationRevised. Accepting a target linked"
            + " already changes nothing. Only a suggested target can be accepted; any other is linked by revising the"
            + " recommendation.")
    @APIResponse(responseCode = "200", description = "Accepted: the target is linked",
            headers = @Header(name = "ETag", description = "The recommendation's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgSuggestionsResponse.Item.class),
                    examples = @ExampleObject(name = "linked", value = Examples.SDG_SUGGESTION_ACCEPTED)))
    @APIResponse(responseCode = "400", description = "Not an SDG target",
            content = @Content(examples = @ExampleObject(name = "unknown target", value = Examples.UNKNOWN_TARGET)))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The target is not suggested for this recommendation",
            content = @Content(examples = @ExampleObject(name = "not suggested", value = Examples.NOT_SUGGESTED)))
    public Response accept(@PathParam("id") UUID id, @Parameter(example = "11.1") @PathParam("target") String target) {
        return decided(id, service.accept(id, target, caller.name()));
    }

    @POST
    @Path("/{target}/reject")
    @RolesAllowed(Roles.RECOMMENDATIONS_EDITOR)
    @Operation(operationId = "rejectSdgSuggestion", summary = "Reject a suggested SDG target", description = "Remembers that an editor"
            + " rejected it; it is still listed, as REJECTED. A linked target is removed by revising the recommendation (409 here).")
    @APIResponse(responseCode = "200", description = "Rejected",
            headers = @Header(name = "ETag", description = "The recommendation's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgSuggestionsResponse.Item.class),
                    examples = @ExampleObject(name = "rejected", value = Examples.SDG_SUGGESTION_REJECTED)))
    @APIResponse(responseCode = "400", description = "Not an SDG target",
            content = @Content(examples = @ExampleObject(name = "unknown target", value = Examples.UNKNOWN_TARGET)))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The target is linked, or not suggested",
            content = @Content(examples = @ExampleObject(name = "linked", value = Examples.REJECT_LINKED)))
    public Response reject(@PathParam("id") UUID id, @Parameter(example = "11.1") @PathParam("target") String target) {
        return decided(id, service.reject(id, target, caller.name()));
    }

    private Response decided(UUID id, Suggested suggested) {
        long version = recommendations.findById(id).orElseThrow().version;
        return Response.ok(SdgSuggestionMapper.toItem(suggested, UnLanguage.EN))
                .tag(new jakarta.ws.rs.core.EntityTag(org.ohchr.uprfund.platform.concurrency.VersionPrecondition.etagOf(version))).build();
    }
}

package org.ohchr.uprfund.recommendations.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.concurrency.VersionPrecondition;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.mapping.NewRecommendation;
import org.ohchr.uprfund.recommendations.mapping.RecommendationMapper;
import org.ohchr.uprfund.recommendations.mapping.RecommendationQueryParameters;
import org.ohchr.uprfund.recommendations.mapping.RecommendationResponse;
import org.ohchr.uprfund.recommendations.mapping.RecommendationRevision;
import org.ohchr.uprfund.recommendations.service.RecommendationService;

@Path("/api/recommendations")
@Tag(name = "Recommendations", description = "Recommendations of the Universal Periodic Review, treaty bodies and special procedures:"
        + " recorded one by one or imported from CSV, searched in the six UN languages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final RecommendationService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    RecommendationResource(RecommendationService service, IdempotentCreation idempotency, PublicLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.RECOMMENDATIONS_EDITOR)
    @Operation(operationId = "recordRecommendation", summary = "Record a recommendation", description = "Records the recommendation"
            + " and publishes RecommendationRecorded. Its State under review, cycle, document symbol and paragraph identify it: a"
            + " second recommendation with the same four is refused (409); revise the first instead. Lists are sets: order and"
            + " repeats do not matter. Every problem of the body is listed at once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewRecommendation.class), examples = {
            @ExampleObject(name = "a UPR recommendation", value = Examples.NEW_RECOMMENDATION),
            @ExampleObject(name = "a treaty body's, in French", value = Examples.NEW_TREATY_BODY_RECOMMENDATION) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = { @Header(name = "Location", description = "URL of the new recommendation", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the recommendation", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class),
                    examples = @ExampleObject(name = "recommendation", value = Examples.RECOMMENDATION)))
    @APIResponse(responseCode = "400", description = "Invalid recommendation, or malformed body", content = @Content(examples = {
                    @ExampleObject(name = "invalid", value = Examples.INVALID_RECOMMENDATION),
                    @ExampleObject(name = "malformed", value = Examples.MALFORMED_BODY) }))
    @APIResponse(responseCode = "409", description = "A recommendation with the same State, cycle, document and paragraph exists",
            content = @Content(examples = @ExampleObject(name = "already recorded", value = Examples.RECOMMENDATION_EXISTS)))
    public Response record(
            @Parameter(description = Examples.IDEMPOTENCY_KEY_OPTIONAL) @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewRecommendation request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> {
            Recommendation recommendation = service.record(request, caller.name());
            return Response.created(links.to(RecommendationResource.class, recommendation.id)).tag(etagOf(recommendation))
                    .entity(RecommendationMapper.toResponse(recommendation)).build();
        });
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getRecommendation", summary = "Get a recommendation", description = "With its translations and the current"
            + " status of its implementation. Its ETag is the version of the recommendation and of its implementation plan.")
    @APIResponse(responseCode = "200", description = "The recommendation",
            headers = @Header(name = "ETag", description = "Version: send it as If-Match to revise the recommendation or change its plan",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class),
                    examples = @ExampleObject(name = "recommendation", value = Examples.RECOMMENDATION)))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        Recommendation recommendation = service.findById(id).orElseThrow(() -> ResourceNotFoundException.of("recommendation", id));
        return Response.ok(RecommendationMapper.toResponse(recommendation)).tag(etagOf(recommendation)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.RECOMMENDATIONS_EDITOR)
    @Operation(operationId = "reviseRecommendation", summary = "Revise a recommendation", description = "Replaces its content (all but"
            + " its State, cycle, document and paragraph, which identify it, and its implementation status, which its plan changes)."
            + " Needs If-Match with its current ETag. Publishes RecommendationRevised with the names of the changed properties, and"
            + " ResponseRecorded when the State's response changed; a change of translations or note alone publishes nothing. A"
            + " revision that changes nothing keeps the version.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RecommendationRevision.class),
            examples = @ExampleObject(name = "supported, with a target", value = Examples.RECOMMENDATION_REVISION)))
    @APIResponse(responseCode = "200", description = "Revised",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class),
                    examples = @ExampleObject(name = "recommendation", value = Examples.RECOMMENDATION)))
    @APIResponse(responseCode = "400", description = "Invalid revision, or malformed body", content = @Content(examples = {
                    @ExampleObject(name = "invalid", value = Examples.INVALID_RECOMMENDATION),
                    @ExampleObject(name = "malformed", value = Examples.MALFORMED_BODY) }))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response revise(
            @PathParam("id") UUID id,
            @Parameter(description = "The recommendation's ETag, as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RecommendationRevision request) {
        Recommendation recommendation = service.revise(id, VersionPrecondition.ofIfMatch(ifMatch), request, caller.name());
        return Response.ok(RecommendationMapper.toResponse(recommendation)).tag(etagOf(recommendation)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listRecommendations", summary = "Search recommendations", description = "Every filter is optional and all"
            + " must hold. q searches the texts, each in its own language (see the parameter). Ordered by State, cycle (none first),"
            + " document and paragraph (as a number): a stable order. A page past the end is empty. Texts an import wrote are found"
            + " by q once the search indexer reached them, seconds after the import; every other filter finds them at once.")
    @APIResponse(responseCode = "200", description = "One page of recommendations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = RecommendationResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.RECOMMENDATION_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Page<RecommendationResponse> list(@BeanParam RecommendationQueryParameters filters, @BeanParam PageParameters page) {
        return service.search(filters.filter(), page.request()).map(RecommendationMapper::toResponse);
    }

    static EntityTag etagOf(Recommendation recommendation) {
        return new EntityTag(VersionPrecondition.etagOf(recommendation.version));
    }
}

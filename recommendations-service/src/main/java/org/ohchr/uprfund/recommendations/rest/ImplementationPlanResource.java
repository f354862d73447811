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
import jakarta.ws.rs.QueryParam;
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
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Priority;
import org.ohchr.uprfund.recommendations.domain.RecommendationRules;
import org.ohchr.uprfund.recommendations.mapping.ImplementationPlanMapper;
import org.ohchr.uprfund.recommendations.mapping.ImplementationPlanResponse;
import org.ohchr.uprfund.recommendations.mapping.NewStatusChange;
import org.ohchr.uprfund.recommendations.mapping.PlanChanges;
import org.ohchr.uprfund.recommendations.mapping.StatusChangeResponse;
import org.ohchr.uprfund.recommendations.repository.PlanFilter;
import org.ohchr.uprfund.recommendations.service.ImplementationPlanService;
import org.ohchr.uprfund.recommendations.service.ImplementationPlanService.PlanView;
import org.ohchr.uprfund.recommendations.service.ImplementationPlanService.StatusChanged;

@Path("/api/implementation-plans")
@Tag(name = "Implementation plans", description = "Per recommendation (its id is the plan's): priority, responsible institutions,"
        + " planned period, resources needed, indicators of achievement, and the implementation status, whose every change is kept"
        + " as history with its evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplementationPlanResource {

    private final ImplementationPlanService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    ImplementationPlanResource(ImplementationPlanService service, IdempotentCreation idempotency, PublicLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @GET
    @Path("/{recommendationId}")
    @PermitAll
    @Operation(operationId = "getImplementationPlan", summary = "Get a recommendation's implementation plan", description = "Every"
            + " recommendation has one, empty until written. Its ETag is the version it shares with the recommendation.")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "Version: send it as If-Match to change the plan or the status",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImplementationPlanResponse.class),
                    examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response get(@PathParam("recommendationId") UUID recommendationId) {
        PlanView view = service.findById(recommendationId).orElseThrow(() -> ResourceNotFoundException.of("recommendation", recommendationId));
        return Response.ok(ImplementationPlanMapper.toResponse(view.recommendation(), view.plan())).tag(etagOf(view.recommendation().version))
                .build();
    }

    @PUT
    @Path("/{recommendationId}")
    @RolesAllowed(Roles.RECOMMENDATIONS_EDITOR)
    @Operation(operationId = "writeImplementationPlan", summary = "Write a recommendation's implementation plan", description = "Replaces"
            + " the plan (its status changes apart). Needs If-Match with the current ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanChanges.class),
            examples = @ExampleObject(name = "plan", value = Examples.PLAN_CHANGES)))
    @APIResponse(responseCode = "200", description = "Written",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImplementationPlanResponse.class),
                    examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(responseCode = "400", description = "Invalid plan, or malformed body", content = @Content(examples = {
                    @ExampleObject(name = "period reversed", value = Examples.PLAN_PERIOD_REVERSED),
                    @ExampleObject(name = "malformed", value = Examples.MALFORMED_BODY) }))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response write(@PathParam("recommendationId") UUID recommendationId,
            @Parameter(description = "The plan's ETag, as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PlanChanges changes) {
        PlanView view = service.update(recommendationId, VersionPrecondition.ofIfMatch(ifMatch), changes, caller.name());
        return Response.ok(ImplementationPlanMapper.toResponse(view.recommendation(), view.plan())).tag(etagOf(view.recommendation().version))
                .build();
    }

    @POST
    @Path("/{recommendationId}/status-changes")
    @RolesAllowed(Roles.RECOMMENDATIONS_EDITOR)
    @Operation(operationId = "changeImplementationStatus", summary = "Change a recommendation's implementation status", description = "Records"
            + " the change in the history (when, by whom, on what evidence) and publishes ImplementationStatusChanged. Needs If-Match"
            + " with the plan's current ETag: a change made against an older version is refused (412), so that two editors never"
            + " overwrite each other unseen. PARTIALLY_IMPLEMENTED and IMPLEMENTED need an evidence link. History is never changed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewStatusChange.class),
            examples = @ExampleObject(name = "implemented", value = Examples.NEW_STATUS_CHANGE)))
    @APIResponse(responseCode = "201", description = "Changed",
            headers = { @Header(name = "Location", description = "URL of the history entry", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "New version of the plan", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeResponse.class),
                    examples = @ExampleObject(name = "change", value = Examples.STATUS_CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid change, or malformed body", content = @Content(examples = {
                    @ExampleObject(name = "no evidence", value = Examples.STATUS_WITHOUT_EVIDENCE),
                    @ExampleObject(name = "malformed", value = Examples.MALFORMED_BODY) }))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The recommendation has this status already",
            content = @Content(examples = @ExampleObject(name = "same status", value = Examples.SAME_STATUS)))
    public Response changeStatus(@PathParam("recommendationId") UUID recommendationId,
            @Parameter(description = "The plan's ETag, as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_OPTIONAL) @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewStatusChange request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> {
            StatusChanged changed = service.changeStatus(recommendationId, VersionPrecondition.ofIfMatch(ifMatch), request, caller.name());
            return Response.created(links.to(ImplementationPlanResource.class, recommendationId, "status-changes", changed.change().id))
                    .tag(etagOf(changed.recommendation().version)).entity(StatusChangeResponse.of(changed.change())).build();
        });
    }

    @GET
    @Path("/{recommendationId}/status-changes")
    @PermitAll
    @Operation(operationId = "listStatusChanges", summary = "List a recommendation's status changes", description = "Its history, oldest"
            + " first: every change of its implementation status, with when, by whom and on what evidence.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = StatusChangeResponse.class)),
                    examples = @ExampleObject(name = "history", value = Examples.STATUS_CHANGE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_PAGE)))
    @APIResponse(responseCode = "404", description = "No such recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Page<StatusChangeResponse> history(@PathParam("recommendationId") UUID recommendationId, @BeanParam PageParameters page) {
        return service.history(recommendationId, page.request()).map(StatusChangeResponse::of);
    }

    @GET
    @Path("/{recommendationId}/status-changes/{changeId}")
    @PermitAll
    @Operation(operationId = "getStatusChange", summary = "Get one status change")
    @APIResponse(responseCode = "200", description = "The change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeResponse.class),
                    examples = @ExampleObject(name = "change", value = Examples.STATUS_CHANGE)))
    @APIResponse(responseCode = "404", description = "No such change of this recommendation",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public StatusChangeResponse statusChange(@PathParam("recommendationId") UUID recommendationId, @PathParam("changeId") UUID changeId) {
        return service.statusChange(recommendationId, changeId).map(StatusChangeResponse::of)
                .orElseThrow(() -> ResourceNotFoundException.of("status change", changeId));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listImplementationPlans", summary = "List implementation plans", description = "The plans of the"
            + " recommendations that match the filters, in the recommendations' list order. Without a priority or institution filter,"
            + " recommendations whose plan is still empty are listed too.")
    @APIResponse(responseCode = "200", description = "One page of plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ImplementationPlanResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.PLAN_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Page<ImplementationPlanResponse> list(
            @Parameter(description = "State under review, ISO 3166-1 alpha-3", example = "KHM") @QueryParam("state") String state,
            @Parameter(description = "UPR cycle, 1 to 4", example = "3") @QueryParam("cycle") Integer cycle,
            @Parameter(description = "Current implementation status") @QueryParam("status") ImplementationStatus status,
            @Parameter(description = "Priority") @QueryParam("priority") Priority priority,
            @Parameter(description = "Part of the name of a responsible institution, in any case", example = "ministry")
            @QueryParam("institution") String institution,
            @BeanParam PageParameters page) {
        String iso3 = state == null || state.isBlank() ? null : RecommendationRules.stateCode(state)
                .orElseThrow(() -> new InvalidFieldException("state", "must be an ISO 3166-1 alpha-3 country code such as KHM"));
        if (cycle != null && (cycle < 1 || cycle > 4)) {
            throw new InvalidFieldException("cycle", "must be a UPR cycle from 1 to 4");
        }
        if (institution != null && institution.length() > 200) {
            throw new InvalidFieldException("institution", "is longer than 200 characters");
        }
        PlanFilter filter = new PlanFilter(iso3, cycle, status, priority, institution == null || institution.isBlank() ? null : institution.strip());
        return service.list(filter, page.request()).map(view -> ImplementationPlanMapper.toResponse(view.recommendation(), view.plan()));
    }

    private static EntityTag etagOf(long version) {
        return new EntityTag(VersionPrecondition.etagOf(version));
    }
}

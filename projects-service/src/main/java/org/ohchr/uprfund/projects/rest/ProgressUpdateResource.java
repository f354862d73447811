package org.ohchr.uprfund.projects.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.projects.domain.ProgressUpdate;
import org.ohchr.uprfund.projects.mapping.NewProgressUpdate;
import org.ohchr.uprfund.projects.mapping.ProgressUpdateMapper;
import org.ohchr.uprfund.projects.mapping.ProgressUpdateResponse;
import org.ohchr.uprfund.projects.service.CallerScope;
import org.ohchr.uprfund.projects.service.ProgressUpdateService;

@Path("/api/projects/{id}/updates")
@Tag(name = "Progress updates", description = "Field offices' reports on their projects: period, status, narrative, results"
        + " indicators and the recommendations addressed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgressUpdateResource {

    private final ProgressUpdateService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;
    private final CallerScope scope;

    ProgressUpdateResource(ProgressUpdateService service, IdempotentCreation idempotency, PublicLinks links, Caller caller,
            CallerScope scope) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.FIELD_OFFICE })
    @Operation(operationId = "reportProgress", summary = "Report progress on a project", description = "Records an update and"
            + " publishes ProgressReported. A field office reports on the projects of the States of its token only (403"
            + " otherwise); the project must be approved and not cancelled. An office that was offline sends many at once with"
            + " POST /api/field-updates/sync.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewProgressUpdate.class),
            examples = @ExampleObject(name = "update", value = Examples.NEW_PROGRESS_UPDATE)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressUpdateResponse.class),
                    examples = @ExampleObject(name = "update", value = Examples.PROGRESS_UPDATE)))
    @APIResponse(responseCode = "400", description = "Invalid update",
            content = @Content(examples = @ExampleObject(name = "period", value = Examples.INVALID_PROGRESS_UPDATE)))
    @APIResponse(responseCode = "403", description = "The token does not write for the project's State",
            content = @Content(examples = @ExampleObject(name = "another State", value = Examples.OUT_OF_SCOPE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The project is not approved, or cancelled",
            content = @Content(examples = @ExampleObject(name = "cancelled", value = Examples.PROJECT_NOT_FUNDED)))
    public Response report(
            @PathParam("id") UUID projectId,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_OPTIONAL) @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewProgressUpdate request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> {
            ProgressUpdate update = service.report(projectId, request, scope.current(), caller.name());
            return Response.created(links.to(ProjectResource.class, projectId, "updates", update.id))
                    .entity(ProgressUpdateMapper.toResponse(update)).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listProgressUpdates", summary = "A project's timeline of updates", description = "By the period they"
            + " report on, then by when they were recorded; with from and to, the updates whose period overlaps them. A page past"
            + " the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of updates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ProgressUpdateResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.PROGRESS_UPDATE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ExpenditureExamples.INVALID_EXPENDITURE_FILTER)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    public Page<ProgressUpdateResponse> timeline(
            @PathParam("id") UUID projectId,
            @Parameter(description = "Only updates whose period ends on or after this date", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only updates whose period starts on or before this date", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @BeanParam PageParameters page) {
        return service.timeline(projectId, DateRange.of(from, to), page.request()).map(ProgressUpdateMapper::toResponse);
    }

    @GET
    @Path("/{updateId}")
    @PermitAll
    @Operation(operationId = "getProgressUpdate", summary = "Get a progress update")
    @APIResponse(responseCode = "200", description = "The update",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressUpdateResponse.class),
                    examples = @ExampleObject(name = "update", value = Examples.PROGRESS_UPDATE)))
    @APIResponse(responseCode = "404", description = "No such update of this project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.UPDATE_NOT_FOUND)))
    public ProgressUpdateResponse get(@PathParam("id") UUID projectId, @PathParam("updateId") UUID updateId) {
        return ProgressUpdateMapper.toResponse(service.find(projectId, updateId)
                .orElseThrow(() -> ResourceNotFoundException.of("progress update", updateId)));
    }
}

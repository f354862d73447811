package org.ohchr.uprfund.projects.rest;

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
import org.ohchr.uprfund.projects.mapping.BudgetRevisionResponse;
import org.ohchr.uprfund.projects.mapping.NewBudgetRevision;
import org.ohchr.uprfund.projects.mapping.ProjectMapper;
import org.ohchr.uprfund.projects.service.BudgetService;

@Path("/api/projects/{id}/budget-revisions")
@Tag(name = "Budgets", description = "Revisions of approved projects' budgets: entries of their own, never overwritten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetRevisionResource {

    private final BudgetService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    BudgetRevisionResource(BudgetService service, IdempotentCreation idempotency, PublicLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "reviseBudget", summary = "Revise a project's budget", description = "Records a revision setting the"
            + " budget of an approved project that is still running (APPROVED, ACTIVE or SUSPENDED) to revisedBudgetUsd, and"
            + " publishes BudgetRevised. Nothing is overwritten: the current budget is the approved budget plus every revision's"
            + " change. Needs If-Match with the project's current ETag; the project gets a new one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewBudgetRevision.class),
            examples = @ExampleObject(name = "increase", value = Examples.NEW_BUDGET_REVISION)))
    @APIResponse(responseCode = "201", description = "Revised",
            headers = @Header(name = "ETag", description = "New version of the project", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetRevisionResponse.class),
                    examples = @ExampleObject(name = "revision", value = Examples.BUDGET_REVISION)))
    @APIResponse(responseCode = "400", description = "Invalid revision",
            content = @Content(examples = @ExampleObject(name = "negative", value = Examples.INVALID_BUDGET_REVISION)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The project is not approved, or no longer running",
            content = @Content(examples = @ExampleObject(name = "not running", value = Examples.BUDGET_NOT_RUNNING)))
    public Response revise(
            @PathParam("id") UUID projectId,
            @Parameter(description = Examples.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewBudgetRevision request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> {
            BudgetService.Revised revised = service.revise(projectId, VersionPrecondition.ofIfMatch(ifMatch), request, caller.name());
            return Response.created(links.to(ProjectResource.class, projectId, "budget-revisions", revised.revision().id))
                    .tag(new EntityTag(VersionPrecondition.etagOf(revised.projectVersion())))
                    .entity(ProjectMapper.toResponse(revised.revision())).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listBudgetRevisions", summary = "List a project's budget revisions",
            description = "Oldest first. A page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = BudgetRevisionResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.BUDGET_REVISION_PAGE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    public Page<BudgetRevisionResponse> list(@PathParam("id") UUID projectId, @BeanParam PageParameters page) {
        return service.list(projectId, page.request()).map(ProjectMapper::toResponse);
    }

    @GET
    @Path("/{revisionId}")
    @PermitAll
    @Operation(operationId = "getBudgetRevision", summary = "Get a budget revision")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetRevisionResponse.class),
                    examples = @ExampleObject(name = "revision", value = Examples.BUDGET_REVISION)))
    @APIResponse(responseCode = "404", description = "No such revision of this project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.REVISION_NOT_FOUND)))
    public BudgetRevisionResponse get(@PathParam("id") UUID projectId, @PathParam("revisionId") UUID revisionId) {
        return ProjectMapper.toResponse(service.find(projectId, revisionId)
                .orElseThrow(() -> ResourceNotFoundException.of("budget revision", revisionId)));
    }
}

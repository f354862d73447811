package org.ohchr.uprfund.projects.rest;

import java.util.Locale;
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
import org.ohchr.uprfund.platform.reference.LabelledAnswer;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.projects.domain.ProjectStatus;
import org.ohchr.uprfund.projects.domain.ProjectView;
import org.ohchr.uprfund.projects.domain.StrategicArea;
import org.ohchr.uprfund.projects.mapping.NewApproval;
import org.ohchr.uprfund.projects.mapping.NewProject;
import org.ohchr.uprfund.projects.mapping.NewStatusChange;
import org.ohchr.uprfund.projects.mapping.ProjectMapper;
import org.ohchr.uprfund.projects.mapping.ProjectResponse;
import org.ohchr.uprfund.projects.mapping.StatusChangeResponse;
import org.ohchr.uprfund.projects.mapping.StatusLabels;
import org.ohchr.uprfund.projects.repository.ProjectRepository;
import org.ohchr.uprfund.projects.service.CallerScope;
import org.ohchr.uprfund.projects.service.ProjectService;

@Path("/api/projects")
@Tag(name = "Projects", description = "Country projects the fund supports: proposal, approval with the State's consent, lifecycle,"
        + " budget and what they spent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;
    private final CallerScope scope;

    ProjectResource(ProjectService service, IdempotentCreation idempotency, PublicLinks links, Caller caller, CallerScope scope) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.FIELD_OFFICE })
    @Operation(operationId = "proposeProject", summary = "Propose a project", description = "Records a proposal (status PROPOSED)"
            + " and publishes ProjectProposed. A field office proposes for the States of its token only. The code is unique"
            + " in any case; the State is an ISO 3166-1 alpha-3 code; a strategic area that is not stated stays null.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewProject.class),
            examples = @ExampleObject(name = "proposal", value = Examples.NEW_PROJECT)))
    @APIResponse(responseCode = "201", description = "Proposed",
            headers = @Header(name = "ETag", description = "Version of the project", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class),
                    examples = @ExampleObject(name = "project", value = Examples.PROJECT)))
    @APIResponse(responseCode = "400", description = "Invalid proposal",
            content = @Content(examples = @ExampleObject(name = "unknown State", value = Examples.INVALID_PROJECT)))
    @APIResponse(responseCode = "403", description = "The token does not write for this State",
            content = @Content(examples = @ExampleObject(name = "another State", value = Examples.OUT_OF_SCOPE)))
    @APIResponse(responseCode = "409", description = "A project with this code exists",
            content = @Content(examples = @ExampleObject(name = "duplicate code", value = Examples.DUPLICATE_PROJECT)))
    public Response propose(
            @Parameter(description = Examples.IDEMPOTENCY_KEY_OPTIONAL) @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewProject request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> {
            ProjectView project = service.propose(request, scope.current(), caller.name());
            return Response.created(links.to(ProjectResource.class, project.project().id)).tag(etagOf(project))
                    .entity(ProjectMapper.toResponse(project)).build();
        });
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getProject", summary = "Get a project", description = "With its current budget (approved budget plus"
            + " revisions), what it spent (corrections included) and its delivery rate, summed from the entries.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", description = "Version of the project", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class),
                    examples = @ExampleObject(name = "project", value = Examples.APPROVED_PROJECT)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        ProjectView project = service.findById(id).orElseThrow(() -> ResourceNotFoundException.of("project", id));
        return Response.ok(ProjectMapper.toResponse(project)).tag(etagOf(project)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listProjects", summary = "List projects", description = "By State, then code; each with its budget,"
            + " what it spent and its delivery rate. A page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ProjectResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.PROJECT_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Page<ProjectResponse> list(
            @Parameter(description = "Only the projects of this State, ISO 3166-1 alpha-3", example = "KHM") @QueryParam("iso3") String iso3,
            @Parameter(description = "Only this strategic area") @QueryParam("strategicArea") StrategicArea strategicArea,
            @Parameter(description = "Only this status") @QueryParam("status") ProjectStatus status,
            @Parameter(description = "Only the projects approved in this year", example = "2020") @QueryParam("year") Integer year,
            @BeanParam PageParameters page) {
        ProjectRepository.Filter filter = new ProjectRepository.Filter(iso3Filter(iso3), strategicArea, status, yearFilter(year));
        return service.list(filter, page.request()).map(ProjectMapper::toResponse);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "approveProject", summary = "Approve a project", description = "Moves a proposed project to APPROVED"
            + " with the State's request and consent reference, the assessment against questions (a) to (d) (each answered, with"
            + " notes) and the approved budget, and publishes ProjectApproved. Needs If-Match with the project's current ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewApproval.class),
            examples = @ExampleObject(name = "approval", value = Examples.NEW_APPROVAL)))
    @APIResponse(responseCode = "200", description = "Approved",
            headers = @Header(name = "ETag", description = "New version of the project", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class),
                    examples = @ExampleObject(name = "project", value = Examples.APPROVED_PROJECT)))
    @APIResponse(responseCode = "400", description = "Consent reference, assessment or budget missing or invalid",
            content = @Content(examples = @ExampleObject(name = "incomplete", value = Examples.INVALID_APPROVAL)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The project is not PROPOSED",
            content = @Content(examples = @ExampleObject(name = "not proposed", value = Examples.FORBIDDEN_TRANSITION)))
    public Response approve(
            @PathParam("id") UUID id,
            @Parameter(description = Examples.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_OPTIONAL) @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewApproval request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> changed(
                service.approve(id, VersionPrecondition.ofIfMatch(ifMatch), request, caller.name())));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "changeProjectStatus", summary = "Move a project along its lifecycle", description = "APPROVED to ACTIVE;"
            + " ACTIVE to SUSPENDED or COMPLETED; SUSPENDED to ACTIVE; PROPOSED, APPROVED, ACTIVE or SUSPENDED to CANCELLED (with a"
            + " reason, as for SUSPENDED). COMPLETED and CANCELLED are final; approval has its own operation. Publishes"
            + " ProjectStatusChanged. Needs If-Match with the project's current ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewStatusChange.class),
            examples = @ExampleObject(name = "suspension", value = Examples.NEW_STATUS_CHANGE)))
    @APIResponse(responseCode = "200", description = "Moved",
            headers = @Header(name = "ETag", description = "New version of the project", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class),
                    examples = @ExampleObject(name = "project", value = Examples.APPROVED_PROJECT)))
    @APIResponse(responseCode = "400", description = "Invalid status or missing reason",
            content = @Content(examples = @ExampleObject(name = "no reason", value = Examples.INVALID_STATUS_CHANGE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The lifecycle forbids this move",
            content = @Content(examples = @ExampleObject(name = "forbidden move", value = Examples.FORBIDDEN_TRANSITION)))
    public Response changeStatus(
            @PathParam("id") UUID id,
            @Parameter(description = Examples.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_OPTIONAL) @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewStatusChange request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> changed(
                service.changeStatus(id, VersionPrecondition.ofIfMatch(ifMatch), request, caller.name())));
    }

    @GET
    @Path("/{id}/status-changes")
    @PermitAll
    @Operation(operationId = "listProjectStatusChanges", summary = "List a project's moves along its lifecycle",
            description = "Oldest first, the approval included. A page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of moves",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = StatusChangeResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.STATUS_CHANGE_PAGE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROJECT_NOT_FOUND)))
    public Page<StatusChangeResponse> statusChanges(@PathParam("id") UUID id, @BeanParam PageParameters page) {
        return service.statusChanges(id, page.request()).map(ProjectMapper::toResponse);
    }

    @GET
    @Path("/statuses")
    @PermitAll
    @Operation(operationId = "listProjectStatuses", summary = "List the statuses of a project and of its progress")
    @APIResponse(responseCode = "200", description = "The statuses, labelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusLabels.class),
                    examples = @ExampleObject(name = "in French", value = Examples.STATUS_LABELS_FR)))
    public Response statuses(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, ProjectMapper::statusLabels);
    }

    private Response changed(ProjectView project) {
        return Response.ok(ProjectMapper.toResponse(project)).tag(etagOf(project)).build();
    }

    static EntityTag etagOf(ProjectView project) {
        return new EntityTag(VersionPrecondition.etagOf(project.project().version));
    }

    /** An ISO 3166-1 alpha-3 filter, in any case; null when absent or blank. */
    static String iso3Filter(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            return null;
        }
        String code = iso3.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new InvalidFieldException("iso3", "must be an ISO 3166-1 alpha-3 code such as KHM");
        }
        return code;
    }

    private static Integer yearFilter(Integer year) {
        if (year != null && (year < 1900 || year > 9999)) {
            throw new InvalidFieldException("year", "must be a year from 1900 to 9999");
        }
        return year;
    }
}

package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

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
import org.ohchr.uprfund.gateway.domain.StatedFigure;
import org.ohchr.uprfund.gateway.mapping.NewStatedFigure;
import org.ohchr.uprfund.gateway.mapping.StatedFigureResponse;
import org.ohchr.uprfund.gateway.service.report.StatedFigureService;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;

/** What published reports state about the figures the gateway computes, so that its views show both. */
@Path("/api/fund/stated-figures")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class StatedFigureResource {

    private final StatedFigureService service;
    private final IdempotentCreation idempotency;
    private final FundLinks links;
    private final Caller caller;

    StatedFigureResource(StatedFigureService service, IdempotentCreation idempotency, FundLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordStatedFigure", summary = "Record what a report states about a figure",
            description = "figure is contributions.total (the contributions table's total: valueUsd), contributions.donors (the"
                    + " donors a report names: donors) or statement.<year>.<LINE> (a line of a statement: valueUsd). The views"
                    + " computing the figure then show the report's beside their own, and the difference as a finding. One record"
                    + " per report and figure, never changed. Idempotency-Key optional: a retry with it gets the first answer.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewStatedFigure.class), examples = {
            @ExampleObject(name = "Table 2's total", value = Examples.NEW_STATED_TOTAL),
            @ExampleObject(name = "donors of paragraph 45", value = Examples.NEW_STATED_DONORS) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = StatedFigureResponse.class),
                    examples = @ExampleObject(name = "Table 2's total", value = Examples.STATED_TOTAL)))
    @APIResponse(responseCode = "400", description = "Not a figure the gateway computes, or a value or donors that do not fit it",
            content = @Content(examples = @ExampleObject(name = "unknown figure", value = Examples.PROBLEM_FIGURE)))
    @APIResponse(responseCode = "409", description = "This report's figure is recorded already",
            content = @Content(examples = @ExampleObject(name = "recorded already", value = Examples.PROBLEM_FIGURE_EXISTS)))
    public Response record(
            @Parameter(description = "Optional; a retry with the same key gets the first answer and records nothing")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewStatedFigure request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> {
            StatedFigure figure = service.record(request, caller.name());
            return Response.created(links.to("/api/fund/stated-figures/" + figure.id)).entity(StatedFigureResponse.of(figure)).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listStatedFigures", summary = "List the figures reports state", description = "Oldest recorded first;"
            + " a page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of stated figures", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = StatedFigureResponse.class)),
            examples = @ExampleObject(name = "page", value = Examples.STATED_FIGURE_PAGE)))
    public Page<StatedFigureResponse> list(@BeanParam PageParameters page) {
        return service.list(page.request()).map(StatedFigureResponse::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getStatedFigure", summary = "Get a stated figure")
    @APIResponse(responseCode = "200", description = "The stated figure", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = StatedFigureResponse.class), examples = @ExampleObject(name = "total", value = Examples.STATED_TOTAL)))
    @APIResponse(responseCode = "404", description = "No such stated figure",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_FIGURE_NOT_FOUND)))
    public StatedFigureResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(StatedFigureResponse::of).orElseThrow(() -> ResourceNotFoundException.of("stated figure", id));
    }
}

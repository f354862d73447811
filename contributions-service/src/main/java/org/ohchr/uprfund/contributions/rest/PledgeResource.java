package org.ohchr.uprfund.contributions.rest;

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
import org.ohchr.uprfund.contributions.domain.Money;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.domain.PledgeStatus;
import org.ohchr.uprfund.contributions.domain.PledgeView;
import org.ohchr.uprfund.platform.reference.LabelledAnswer;
import org.ohchr.uprfund.contributions.mapping.NewPledge;
import org.ohchr.uprfund.contributions.mapping.NewPledgeCancellation;
import org.ohchr.uprfund.contributions.mapping.PledgeCancellationResponse;
import org.ohchr.uprfund.contributions.mapping.PledgeMapper;
import org.ohchr.uprfund.contributions.mapping.PledgeResponse;
import org.ohchr.uprfund.contributions.mapping.PledgeStatusLabels;
import org.ohchr.uprfund.contributions.repository.PledgeRepository;
import org.ohchr.uprfund.contributions.service.PledgeService;
import org.ohchr.uprfund.platform.concurrency.VersionPrecondition;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;

@Path("/api/pledges")
@Tag(name = "Pledges", description = "Donors' pledges for a year or a biennium, in any currency; their status and outstanding"
        + " amount derive from the contributions paid and from a cancellation or write-off, recorded as facts, never deleted")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PledgeResource {

    private final PledgeService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    PledgeResource(PledgeService service, IdempotentCreation idempotency, PublicLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordPledge", summary = "Record a pledge", description = "Records the pledge with its US dollar value at the pledge-time rate"
            + " and publishes PledgeRecorded.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewPledge.class), examples = {
            @ExampleObject(name = "in Norwegian kroner", value = Examples.NEW_PLEDGE),
            @ExampleObject(name = "in US dollars, for a biennium", value = Examples.NEW_USD_PLEDGE) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "ETag", description = "Version of the pledge", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeResponse.class),
                    examples = @ExampleObject(name = "pledge", value = Examples.PLEDGE)))
    @APIResponse(responseCode = "400", description = "Invalid pledge, or malformed body", content = @Content(examples = {
                    @ExampleObject(name = "unknown donor", value = Examples.PLEDGE_FOR_UNKNOWN_DONOR),
                    @ExampleObject(name = "malformed", value = Examples.MALFORMED_BODY) }))
    @APIResponse(responseCode = "409", description = "pledgedOn falls in a closed accounting period",
            content = @Content(examples = @ExampleObject(name = "closed period", value = Examples.PLEDGE_IN_CLOSED_PERIOD)))
    public Response record(
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewPledge request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> {
            PledgeView pledge = service.record(request, caller.name());
            return Response.created(links.to(PledgeResource.class, pledge.pledge().id)).tag(etagOf(pledge))
                    .entity(PledgeMapper.toResponse(pledge)).build();
        });
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getPledge", summary = "Get a pledge", description = "With its status, what has been paid and what is outstanding.")
    @APIResponse(responseCode = "200", description = "The pledge",
            headers = @Header(name = "ETag", description = "Version of the pledge: send it as If-Match to cancel it",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeResponse.class),
                    examples = @ExampleObject(name = "pledge", value = Examples.PLEDGE)))
    @APIResponse(responseCode = "404", description = "No such pledge",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PLEDGE_NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        PledgeView pledge = service.findById(id).orElseThrow(() -> ResourceNotFoundException.of("pledge", id));
        return Response.ok(PledgeMapper.toResponse(pledge)).tag(etagOf(pledge)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listPledges", summary = "List pledges", description = "Ordered by date pledged, then by when they were recorded. A page past"
            + " the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of pledges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = PledgeResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.PLEDGE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Page<PledgeResponse> list(
            @Parameter(description = "Only this donor's pledges") @QueryParam("donorId") UUID donorId,
            @Parameter(description = "Only pledges for this period: a year or a biennium", example = "2016-2017")
            @QueryParam("period") String period,
            @Parameter(description = "Only pledges in this status") @QueryParam("status") PledgeStatus status,
            @Parameter(description = "Only pledges in this ISO 4217 currency", example = "EUR") @QueryParam("currency") String currency,
            @Parameter(description = "First date pledged, included", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last date pledged, included", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @BeanParam PageParameters page) {
        PledgeRepository.Filter filter = new PledgeRepository.Filter(donorId, Period.parseIfPresent("period", period), status,
                Money.currencyIfPresent("currency", currency), DateRange.of(from, to));
        return service.list(filter, page.request()).map(PledgeMapper::toResponse);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "cancelPledge", summary = "Cancel or write off a pledge", description = "Records that what remains unpaid of the pledge will not"
            + " be collected (CANCELLED by the donor, or WRITTEN_OFF by the fund) and publishes PledgeCancelled. The pledge"
            + " itself is not changed or deleted; its status becomes the reason and nothing is outstanding any more. Needs"
            + " If-Match with the pledge's current ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewPledgeCancellation.class),
            examples = @ExampleObject(name = "write-off", value = Examples.NEW_PLEDGE_CANCELLATION)))
    @APIResponse(responseCode = "201", description = "Cancelled or written off",
            headers = @Header(name = "ETag", description = "New version of the pledge", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeCancellationResponse.class),
                    examples = @ExampleObject(name = "cancellation", value = Examples.PLEDGE_CANCELLATION)))
    @APIResponse(responseCode = "400", description = "Invalid cancellation",
            content = @Content(examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED_BODY)))
    @APIResponse(responseCode = "404", description = "No such pledge",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PLEDGE_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already cancelled or written off, or paid in full; or effectiveOn falls in a"
            + " closed accounting period",
            content = @Content(examples = {
                    @ExampleObject(name = "already closed", value = Examples.PLEDGE_ALREADY_CLOSED),
                    @ExampleObject(name = "closed period", value = Examples.PLEDGE_IN_CLOSED_PERIOD) }))
    public Response cancel(
            @PathParam("id") UUID id,
            @Parameter(description = "The pledge's ETag, as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewPledgeCancellation request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> {
            PledgeView pledge = service.cancel(id, VersionPrecondition.ofIfMatch(ifMatch), request, caller.name());
            return Response.created(links.to(PledgeResource.class, id, "cancellation")).tag(etagOf(pledge))
                    .entity(PledgeMapper.toResponse(pledge.cancellation(), pledge.pledge().currency)).build();
        });
    }

    @GET
    @Path("/statuses")
    @PermitAll
    @Operation(operationId = "listPledgeStatuses", summary = "List the statuses of a pledge")
    @APIResponse(responseCode = "200", description = "The statuses, labelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeStatusLabels.class),
                    examples = @ExampleObject(name = "in French", value = Examples.PLEDGE_STATUSES_FR)))
    public Response statuses(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, PledgeMapper::statusLabels);
    }

    @GET
    @Path("/{id}/cancellation")
    @PermitAll
    @Operation(operationId = "getPledgeCancellation", summary = "Get a pledge's cancellation or write-off")
    @APIResponse(responseCode = "200", description = "The cancellation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeCancellationResponse.class),
                    examples = @ExampleObject(name = "cancellation", value = Examples.PLEDGE_CANCELLATION)))
    @APIResponse(responseCode = "404", description = "No such pledge, or it was not cancelled",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PLEDGE_NOT_FOUND)))
    public PledgeCancellationResponse cancellation(@PathParam("id") UUID id) {
        PledgeView pledge = service.findById(id).filter(view -> view.cancellation() != null)
                .orElseThrow(() -> new ResourceNotFoundException("Pledge " + id + " does not exist or was not cancelled"));
        return PledgeMapper.toResponse(pledge.cancellation(), pledge.pledge().currency);
    }

    private static EntityTag etagOf(PledgeView pledge) {
        return new EntityTag(VersionPrecondition.etagOf(pledge.version()));
    }
}

package org.ohchr.uprfund.contributions.rest;

import java.time.LocalDate;
import java.util.Map;
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
import jakarta.ws.rs.core.HttpHeaders;
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
import org.ohchr.uprfund.contributions.domain.IncomeEntry;
import org.ohchr.uprfund.contributions.domain.IncomeKind;
import org.ohchr.uprfund.platform.reference.LabelledAnswer;
import org.ohchr.uprfund.contributions.mapping.IncomeKindLabels;
import org.ohchr.uprfund.contributions.mapping.IncomeMapper;
import org.ohchr.uprfund.contributions.mapping.IncomeResponse;
import org.ohchr.uprfund.contributions.mapping.NewIncome;
import org.ohchr.uprfund.contributions.mapping.NewIncomeReversal;
import org.ohchr.uprfund.contributions.service.IncomeService;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;

@Path("/api/income")
@Tag(name = "Other income", description = "Investment and miscellaneous income, receipts of prior-year pledges and exchange"
        + " gains and losses, in US dollars; corrected by reversals, never changed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomeResource {

    private final IncomeService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    IncomeResource(IncomeService service, IdempotentCreation idempotency, PublicLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordIncome", summary = "Record other income", description = "Records an entry in US dollars and publishes IncomeRecorded."
            + " Amounts are positive, except a loss of kind EXCHANGE_GAIN_LOSS; a donor and a pledge period are given only for"
            + " PRIOR_YEAR_PLEDGE_RECEIPT. An entry that exists only to reconcile with a published report carries `reconciliation`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewIncome.class), examples = {
            @ExampleObject(name = "investment income", value = IncomeExamples.NEW_INCOME),
            @ExampleObject(name = "prior-year pledge received", value = IncomeExamples.NEW_PRIOR_YEAR_PLEDGE_RECEIPT),
            @ExampleObject(name = "exchange loss", value = IncomeExamples.NEW_EXCHANGE_LOSS),
            @ExampleObject(name = "reconciliation entry", value = IncomeExamples.NEW_RECONCILIATION_INCOME) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncomeResponse.class),
                    examples = @ExampleObject(name = "entry", value = IncomeExamples.INCOME)))
    @APIResponse(responseCode = "400", description = "Invalid entry",
            content = @Content(examples = @ExampleObject(name = "invalid", value = IncomeExamples.INVALID_INCOME)))
    @APIResponse(responseCode = "409", description = "accountingDate falls in a closed accounting period",
            content = @Content(examples = @ExampleObject(name = "closed period", value = Examples.INCOME_IN_CLOSED_PERIOD)))
    public Response record(
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewIncome request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> created(service.record(request, caller.name())));
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "reverseIncome", summary = "Reverse an income entry", description = "Records a new entry of the opposite sign that references the"
            + " original, for all of it or a part (never more), and publishes IncomeReversed. An entry is reversed at most once;"
            + " a reversal is never reversed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewIncomeReversal.class),
            examples = @ExampleObject(name = "whole entry", value = IncomeExamples.NEW_INCOME_REVERSAL)))
    @APIResponse(responseCode = "201", description = "Reversed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncomeResponse.class),
                    examples = @ExampleObject(name = "reversing entry", value = IncomeExamples.INCOME_REVERSAL)))
    @APIResponse(responseCode = "400", description = "Invalid reversal",
            content = @Content(examples = @ExampleObject(name = "too large", value = IncomeExamples.INVALID_REVERSAL)))
    @APIResponse(responseCode = "404", description = "No such entry",
            content = @Content(examples = @ExampleObject(name = "not found", value = IncomeExamples.INCOME_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already reversed, or itself a reversal; or accountingDate falls in a closed"
            + " accounting period", content = @Content(examples = {
                    @ExampleObject(name = "already reversed", value = IncomeExamples.ALREADY_REVERSED),
                    @ExampleObject(name = "closed period", value = Examples.INCOME_IN_CLOSED_PERIOD) }))
    public Response reverse(
            @PathParam("id") UUID id,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewIncomeReversal request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> created(service.reverse(id, request, caller.name())));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getIncome", summary = "Get an income entry", description = "Says which entry it reverses, or which entry reversed it.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncomeResponse.class),
                    examples = @ExampleObject(name = "entry", value = IncomeExamples.INCOME)))
    @APIResponse(responseCode = "404", description = "No such entry",
            content = @Content(examples = @ExampleObject(name = "not found", value = IncomeExamples.INCOME_NOT_FOUND)))
    public IncomeResponse get(@PathParam("id") UUID id) {
        IncomeEntry entry = service.findById(id).orElseThrow(() -> ResourceNotFoundException.of("income entry", id));
        return IncomeMapper.toResponse(entry, service.reversalIdOf(id).orElse(null));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listIncome", summary = "List income entries", description = "Ordered by accounting date, then by when they were recorded;"
            + " reversals are listed as entries of their own. A page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = IncomeResponse.class)),
                    examples = @ExampleObject(name = "page", value = IncomeExamples.INCOME_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = IncomeExamples.INVALID_INCOME_FILTER)))
    public Page<IncomeResponse> list(
            @Parameter(description = "Only this kind") @QueryParam("kind") IncomeKind kind,
            @Parameter(description = "First accounting date, included", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last accounting date, included", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "true: only the entries that reconcile with a published report; false: only the others")
            @QueryParam("reconciliation") Boolean reconciliation,
            @BeanParam PageParameters page) {
        Page<IncomeEntry> entries = service.list(kind, DateRange.of(from, to), reconciliation, page.request());
        Map<UUID, UUID> reversedBy = service.reversalIdsOf(entries.items());
        return entries.map(entry -> IncomeMapper.toResponse(entry, reversedBy.get(entry.id)));
    }

    @GET
    @Path("/kinds")
    @PermitAll
    @Operation(operationId = "listIncomeKinds", summary = "List the kinds of other income")
    @APIResponse(responseCode = "200", description = "The kinds, labelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncomeKindLabels.class),
                    examples = @ExampleObject(name = "in French", value = IncomeExamples.INCOME_KINDS_FR)))
    public Response kinds(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LabelledAnswer.of(acceptLanguage, IncomeMapper::kindLabels);
    }

    private Response created(IncomeEntry entry) {
        return Response.created(links.to(IncomeResource.class, entry.id)).entity(IncomeMapper.toResponse(entry, null)).build();
    }
}

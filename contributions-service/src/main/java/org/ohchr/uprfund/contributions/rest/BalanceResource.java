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
import org.ohchr.uprfund.contributions.domain.Balance;
import org.ohchr.uprfund.contributions.mapping.BalanceMapper;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse;
import org.ohchr.uprfund.contributions.mapping.BalanceResponse;
import org.ohchr.uprfund.contributions.mapping.NewBalance;
import org.ohchr.uprfund.contributions.service.BalanceService;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;

@Path("/api/balances")
@Tag(name = "Balances carried forward", description = "Audited fund balances from which fund status rolls forward")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BalanceResource {

    private final BalanceService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    BalanceResource(BalanceService service, IdempotentCreation idempotency, PublicLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "carryForwardBalance", summary = "Carry forward an audited balance", description = "Records the fund's balance at the start of a date"
            + " (it includes every entry dated before that day) and publishes BalanceCarriedForward. One balance per date;"
            + " the date is not in the future. A balance is never changed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewBalance.class),
            examples = @ExampleObject(name = "opening balance of 2020", value = IncomeExamples.NEW_BALANCE)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BalanceResponse.class),
                    examples = @ExampleObject(name = "balance", value = IncomeExamples.BALANCE)))
    @APIResponse(responseCode = "400", description = "Invalid balance",
            content = @Content(examples = @ExampleObject(name = "invalid", value = IncomeExamples.INVALID_BALANCE)))
    @APIResponse(responseCode = "409", description = "A balance is already recorded at that date, or the date falls in a closed"
            + " accounting period", content = @Content(examples = {
                    @ExampleObject(name = "duplicate", value = IncomeExamples.DUPLICATE_BALANCE),
                    @ExampleObject(name = "closed period", value = Examples.BALANCE_IN_CLOSED_PERIOD) }))
    public Response record(
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewBalance request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> {
            Balance balance = service.record(request, caller.name());
            return Response.created(links.to(BalanceResource.class, balance.id)).entity(BalanceMapper.toResponse(balance)).build();
        });
    }

    @GET
    @Path("/position")
    @PermitAll
    @Operation(operationId = "getBalancePosition", summary = "Roll the latest balance forward to a date", description = "The latest balance carried forward at or"
            + " before asOf, plus the contributions received and the other income dated from the balance date to asOf (both"
            + " included), each summed from the entries. `counted` states the window; entries dated before it are inside the"
            + " balance and are not counted again. Expenditure is recorded by the projects service and is not subtracted.")
    @APIResponse(responseCode = "200", description = "The position",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BalancePositionResponse.class),
                    examples = @ExampleObject(name = "end of 2020", value = IncomeExamples.BALANCE_POSITION)))
    @APIResponse(responseCode = "400", description = "Invalid date",
            content = @Content(examples = @ExampleObject(name = "invalid", value = IncomeExamples.INVALID_AS_OF)))
    public BalancePositionResponse position(
            @Parameter(description = "Last accounting date counted; today (UTC) when absent", example = "2020-12-31")
            @QueryParam("asOf") LocalDate asOf) {
        return BalanceMapper.toResponse(service.position(asOf));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getBalance", summary = "Get a balance carried forward")
    @APIResponse(responseCode = "200", description = "The balance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BalanceResponse.class),
                    examples = @ExampleObject(name = "balance", value = IncomeExamples.BALANCE)))
    @APIResponse(responseCode = "404", description = "No such balance",
            content = @Content(examples = @ExampleObject(name = "not found", value = IncomeExamples.BALANCE_NOT_FOUND)))
    public BalanceResponse get(@PathParam("id") UUID id) {
        return service.findById(id).map(BalanceMapper::toResponse).orElseThrow(() -> ResourceNotFoundException.of("balance", id));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listBalances", summary = "List balances carried forward", description = "Oldest first; a page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of balances",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = BalanceResponse.class)),
                    examples = @ExampleObject(name = "page", value = IncomeExamples.BALANCE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = IncomeExamples.INVALID_BALANCE_FILTER)))
    public Page<BalanceResponse> list(
            @Parameter(description = "First balance date, included", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last balance date, included", example = "2021-01-01") @QueryParam("to") LocalDate to,
            @BeanParam PageParameters page) {
        return service.list(DateRange.of(from, to), page.request()).map(BalanceMapper::toResponse);
    }
}

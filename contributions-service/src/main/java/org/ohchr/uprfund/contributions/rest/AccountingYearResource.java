package org.ohchr.uprfund.contributions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.contributions.domain.RequestedClosing;
import org.ohchr.uprfund.contributions.mapping.AccountingYearMapper;
import org.ohchr.uprfund.contributions.mapping.AccountingYearsResponse;
import org.ohchr.uprfund.contributions.mapping.NewYearClosure;
import org.ohchr.uprfund.contributions.service.AccountingPeriodService;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;

@Path("/api/accounting-years")
@Tag(name = "Accounting years", description = "Closing the books: entries dated in a closed period are refused, and"
        + " corrections are entered in the open year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountingYearResource {

    private final AccountingPeriodService service;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    AccountingYearResource(AccountingPeriodService service, IdempotentCreation idempotency, PublicLinks links, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAccountingYears", summary = "Say how far the books are closed", description = "The last closed"
            + " day in this ledger and why (a year whose closing it confirmed, or a balance carried forward, which contains"
            + " everything dated before it), and every year whose closing was asked for: CLOSING until every ledger that records"
            + " dated entries has confirmed it, then CLOSED.")
    @APIResponse(responseCode = "200", description = "The closed periods",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountingYearsResponse.class),
                    examples = @ExampleObject(name = "2020 closed, 2021 closing", value = Examples.ACCOUNTING_YEARS)))
    public AccountingYearsResponse list() {
        return AccountingYearMapper.toResponse(service.years());
    }

    @POST
    @Path("/{year}/closure")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "closeAccountingYear", summary = "Close an accounting year", description = "Asks to close the year, and"
            + " with it every year before it, and publishes AccountingYearClosingRequested. This ledger refuses entries dated in"
            + " it at once (period-closed); the year is CLOSING until every other ledger (projects-service) has confirmed, and each"
            + " refuses such entries from its confirmation; then it is CLOSED and AccountingYearClosed is published. Corrections"
            + " are entered in the open year. The year must be over; a closing is never withdrawn. Asked again while the year is"
            + " closing, the request is published again (202) and nothing else changes.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewYearClosure.class),
            examples = @ExampleObject(name = "after the audit", value = Examples.NEW_YEAR_CLOSURE)))
    @APIResponse(responseCode = "201", description = "Closing: confirmations of the other ledgers awaited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountingYearsResponse.AccountingYear.class),
                    examples = @ExampleObject(name = "closing", value = Examples.CLOSING_YEAR)))
    @APIResponse(responseCode = "202", description = "Closing already: the request is published again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountingYearsResponse.AccountingYear.class),
                    examples = @ExampleObject(name = "closing", value = Examples.CLOSING_YEAR)))
    @APIResponse(responseCode = "400", description = "Not a year that is over",
            content = @Content(examples = @ExampleObject(name = "not over", value = Examples.YEAR_NOT_OVER)))
    @APIResponse(responseCode = "409", description = "The year is closed already, or a later year's closing was asked for",
            content = @Content(examples = @ExampleObject(name = "closed already", value = Examples.YEAR_CLOSED_ALREADY)))
    public Response close(
            @Parameter(description = "The accounting year", example = "2020") @PathParam("year") int year,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewYearClosure request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> {
            RequestedClosing requested = service.requestClosing(year, request, caller.name());
            AccountingYearsResponse.AccountingYear body = AccountingYearMapper.toResponse(year, service.years()).orElseThrow();
            return requested.isNew()
                    ? Response.created(links.to(AccountingYearResource.class, year, "closure")).entity(body).build()
                    : Response.accepted(body).build();
        });
    }

    @GET
    @Path("/{year}/closure")
    @PermitAll
    @Operation(operationId = "getAccountingYearClosure", summary = "Get the closing of an accounting year",
            description = "CLOSING with the ledgers that confirmed it and those awaited, or CLOSED.")
    @APIResponse(responseCode = "200", description = "The closing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountingYearsResponse.AccountingYear.class),
                    examples = {@ExampleObject(name = "closed", value = Examples.CLOSED_YEAR),
                            @ExampleObject(name = "closing", value = Examples.CLOSING_YEAR)}))
    @APIResponse(responseCode = "404", description = "No closing of this year was asked for",
            content = @Content(examples = @ExampleObject(name = "not closed", value = Examples.YEAR_NOT_CLOSED)))
    public AccountingYearsResponse.AccountingYear closure(@Parameter(description = "The accounting year", example = "2020") @PathParam("year") int year) {
        return AccountingYearMapper.toResponse(year, service.years())
                .orElseThrow(() -> new ResourceNotFoundException("No closing of accounting year " + year + " was asked for"));
    }
}

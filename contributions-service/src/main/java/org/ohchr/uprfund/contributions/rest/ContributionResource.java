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
import org.ohchr.uprfund.contributions.domain.ContributionView;
import org.ohchr.uprfund.contributions.domain.Money;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.mapping.ContributionMapper;
import org.ohchr.uprfund.contributions.mapping.ContributionResponse;
import org.ohchr.uprfund.contributions.mapping.ContributionSummaryResponse;
import org.ohchr.uprfund.contributions.mapping.ExchangeDifferenceResponse;
import org.ohchr.uprfund.contributions.mapping.NewContribution;
import org.ohchr.uprfund.contributions.mapping.NewContributionReversal;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.contributions.service.ContributionService;
import org.ohchr.uprfund.contributions.service.ContributionSummaryService;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;

@Path("/api/contributions")
@Tag(name = "Contributions", description = "Money received from donors, in any currency, with its US dollar value at receipt;"
        + " corrected by reversals (new negative entries), never changed; Table 2's summary; exchange differences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContributionResource {

    private final ContributionService service;
    private final ContributionSummaryService summaries;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;

    ContributionResource(ContributionService service, ContributionSummaryService summaries, IdempotentCreation idempotency,
            PublicLinks links, Caller caller) {
        this.service = service;
        this.summaries = summaries;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "receiveContribution", summary = "Record a contribution received", description = "Records the money as received, with its US dollar"
            + " value at the rate of receipt (scale 2, half-even), and publishes ContributionReceived. When it pays a pledge"
            + " made in another currency than USD at a different rate, the exchange gain or loss is recorded with it and"
            + " ExchangeDifferenceRecorded published.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewContribution.class), examples = {
            @ExampleObject(name = "paying a pledge in Norwegian kroner", value = Examples.NEW_CONTRIBUTION),
            @ExampleObject(name = "a Table 2 row, in US dollars", value = Examples.NEW_TABLE_2_CONTRIBUTION) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionResponse.class),
                    examples = @ExampleObject(name = "contribution", value = Examples.CONTRIBUTION)))
    @APIResponse(responseCode = "400", description = "Invalid contribution, or malformed body", content = @Content(examples = {
                    @ExampleObject(name = "in the future", value = Examples.CONTRIBUTION_IN_THE_FUTURE),
                    @ExampleObject(name = "malformed", value = Examples.MALFORMED_BODY) }))
    @APIResponse(responseCode = "409", description = "The pledge is cancelled or written off, or owes less than the amount;"
            + " or receivedOn falls in a closed accounting period",
            content = @Content(examples = {
                    @ExampleObject(name = "closed pledge", value = Examples.CONTRIBUTION_TO_CLOSED_PLEDGE),
                    @ExampleObject(name = "closed period", value = Examples.CONTRIBUTION_IN_CLOSED_PERIOD) }))
    public Response receive(
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewContribution request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> created(service.receive(request, caller.name())));
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "reverseContribution", summary = "Reverse a contribution", description = "Records a new negative entry referencing the contribution, for"
            + " everything that remains of it or for a part (never more than remains: its amount less earlier reversals), and"
            + " publishes ContributionReversed. The exchange difference recorded with it is reversed in the same proportion"
            + " (ExchangeDifferenceRecorded). A contribution reversed in full cannot be reversed again; a reversal is never"
            + " itself reversed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewContributionReversal.class), examples = {
            @ExampleObject(name = "all of it", value = Examples.NEW_CONTRIBUTION_REVERSAL),
            @ExampleObject(name = "a part", value = Examples.NEW_PARTIAL_CONTRIBUTION_REVERSAL) }))
    @APIResponse(responseCode = "201", description = "Reversed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionResponse.class),
                    examples = @ExampleObject(name = "reversing entry", value = Examples.CONTRIBUTION_REVERSAL)))
    @APIResponse(responseCode = "400", description = "Invalid reversal",
            content = @Content(examples = @ExampleObject(name = "too large", value = Examples.REVERSAL_TOO_LARGE)))
    @APIResponse(responseCode = "404", description = "No such contribution",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.CONTRIBUTION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already reversed in full, less remains than asked, or itself a reversal;"
            + " or reversedOn falls in a closed accounting period",
            content = @Content(examples = {
                    @ExampleObject(name = "already reversed", value = Examples.ALREADY_REVERSED),
                    @ExampleObject(name = "closed period", value = Examples.CONTRIBUTION_IN_CLOSED_PERIOD) }))
    public Response reverse(
            @PathParam("id") UUID id,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewContributionReversal request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> created(service.reverse(id, request, caller.name())));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getContribution", summary = "Get a contribution", description = "With the exchange difference recorded with it and, for money"
            + " received, what remains after its reversals.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionResponse.class),
                    examples = @ExampleObject(name = "contribution", value = Examples.CONTRIBUTION)))
    @APIResponse(responseCode = "404", description = "No such contribution",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.CONTRIBUTION_NOT_FOUND)))
    public ContributionResponse get(@PathParam("id") UUID id) {
        return service.findById(id).map(ContributionMapper::toResponse)
                .orElseThrow(() -> ResourceNotFoundException.of("contribution", id));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listContributions", summary = "List contributions", description = "Ordered by date received, then by when they were recorded;"
            + " reversals are entries of their own. A page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ContributionResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.CONTRIBUTION_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Page<ContributionResponse> list(
            @Parameter(description = "Only this donor's entries") @QueryParam("donorId") UUID donorId,
            @Parameter(description = "Only entries paying this pledge") @QueryParam("pledgeId") UUID pledgeId,
            @Parameter(description = "Only entries counting for this period: a year or a biennium", example = "2020")
            @QueryParam("period") String period,
            @Parameter(description = "Only entries in this ISO 4217 currency", example = "NOK") @QueryParam("currency") String currency,
            @Parameter(description = "First date received, included", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last date received, included", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @BeanParam PageParameters page) {
        ContributionRepository.Filter filter = new ContributionRepository.Filter(donorId, pledgeId, Period.parseIfPresent("period", period),
                Money.currencyIfPresent("currency", currency), DateRange.of(from, to));
        return service.list(filter, page.request()).map(ContributionMapper::toResponse);
    }

    @GET
    @Path("/summary")
    @PermitAll
    @Operation(operationId = "summariseContributions", summary = "Summarise contributions as Table 2", description = "US dollars by donor and period (or by donor, or"
            + " by period), summed from the entries, reversals included as negative amounts; ordered by period, then donor"
            + " name. The total is the sum of the rows. Not paginated: one row per donor and period at most.")
    @APIResponse(responseCode = "200", description = "The rows and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionSummaryResponse.class),
                    examples = @ExampleObject(name = "by donor and period", value = Examples.CONTRIBUTION_SUMMARY)))
    @APIResponse(responseCode = "400", description = "Invalid grouping or period",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_GROUPING)))
    public ContributionSummaryResponse summary(
            @Parameter(description = "donor,period (default), donor, or period", example = "donor,period") @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Only periods starting in or after this year or period", example = "2018") @QueryParam("from") String from,
            @Parameter(description = "Only periods ending in or before this year or period", example = "2020") @QueryParam("to") String to) {
        return summaries.summarise(groupBy, from, to);
    }

    @GET
    @Path("/exchange-differences")
    @PermitAll
    @Operation(operationId = "listExchangeDifferences", summary = "List exchange differences", description = "The exchange gains (positive) and losses (negative) the"
            + " service recorded when contributions paid pledges made in other currencies at other rates, and their reversals;"
            + " read-only. Ordered by accounting date. Their sum over a year is the statement's exchange line.")
    @APIResponse(responseCode = "200", description = "One page of exchange differences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ExchangeDifferenceResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.EXCHANGE_DIFFERENCE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Page<ExchangeDifferenceResponse> exchangeDifferences(
            @Parameter(description = "Only this donor's") @QueryParam("donorId") UUID donorId,
            @Parameter(description = "Only those on this pledge") @QueryParam("pledgeId") UUID pledgeId,
            @Parameter(description = "First accounting date, included", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last accounting date, included", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @BeanParam PageParameters page) {
        return service.exchangeDifferences(donorId, pledgeId, DateRange.of(from, to), page.request()).map(ContributionMapper::toResponse);
    }

    private Response created(ContributionView entry) {
        return Response.created(links.to(ContributionResource.class, entry.contribution().id)).entity(ContributionMapper.toResponse(entry))
                .build();
    }
}

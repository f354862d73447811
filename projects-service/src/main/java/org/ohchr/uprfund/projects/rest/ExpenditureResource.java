package org.ohchr.uprfund.projects.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.reference.LabelledAnswer;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.Expenditure;
import org.ohchr.uprfund.projects.mapping.ClosedPeriodsResponse;
import org.ohchr.uprfund.projects.mapping.ExpenditureMapper;
import org.ohchr.uprfund.projects.mapping.ExpenditureResponse;
import org.ohchr.uprfund.projects.mapping.ExpenditureSummaryResponse;
import org.ohchr.uprfund.projects.mapping.NewExpenditure;
import org.ohchr.uprfund.projects.mapping.NewExpenditureCorrection;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository.Level;
import org.ohchr.uprfund.projects.service.CallerScope;
import org.ohchr.uprfund.projects.service.ClosedPeriodService;
import org.ohchr.uprfund.projects.service.ExpenditureService;
import org.ohchr.uprfund.projects.service.ExpenditureSummaryService;

@Path("/api/expenditures")
@Tag(name = "Expenditure", description = "Money spent by UN cost category (Table 1's nine lines), by projects and by the fund itself;"
        + " corrected by negative entries, never changed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpenditureResource {

    private final ExpenditureService service;
    private final ExpenditureSummaryService summaries;
    private final ClosedPeriodService periods;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;
    private final Caller caller;
    private final CallerScope scope;

    ExpenditureResource(ExpenditureService service, ExpenditureSummaryService summaries, ClosedPeriodService periods,
            IdempotentCreation idempotency, PublicLinks links, Caller caller, CallerScope scope) {
        this.service = service;
        this.summaries = summaries;
        this.periods = periods;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.FIELD_OFFICE })
    @Operation(operationId = "recordExpenditure", summary = "Record expenditure", description = "Records an entry in US dollars and"
            + " publishes ExpenditureRecorded. With projectId: the project's expenditure (approved and not cancelled; a field office"
            + " records for the projects of its States only). Without: the fund's own costs, for a fund manager only. Programme"
            + " support costs are the category PROGRAMME_SUPPORT. A date in a closed accounting period is refused (409"
            + " period-closed): corrections go into the open year.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewExpenditure.class), examples = {
            @ExampleObject(name = "project expenditure", value = ExpenditureExamples.NEW_PROJECT_EXPENDITURE),
            @ExampleObject(name = "fund-level expenditure", value = ExpenditureExamples.NEW_FUND_EXPENDITURE),
            @ExampleObject(name = "reconciliation entry", value = ExpenditureExamples.NEW_RECONCILIATION_EXPENDITURE) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenditureResponse.class),
                    examples = @ExampleObject(name = "entry", value = ExpenditureExamples.EXPENDITURE)))
    @APIResponse(responseCode = "400", description = "Invalid entry",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ExpenditureExamples.INVALID_EXPENDITURE)))
    @APIResponse(responseCode = "403", description = "The token does not write for the project's State, or for the fund",
            content = @Content(examples = @ExampleObject(name = "fund-level", value = ExpenditureExamples.FUND_LEVEL_FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "unknown project", value = ExpenditureExamples.UNKNOWN_PROJECT)))
    @APIResponse(responseCode = "409", description = "The project is not approved or is cancelled; or spentOn falls in a closed"
            + " accounting period",
            content = @Content(examples = { @ExampleObject(name = "cancelled project", value = ExpenditureExamples.CANCELLED_PROJECT),
                    @ExampleObject(name = "closed period", value = ExpenditureExamples.IN_CLOSED_PERIOD) }))
    public Response record(
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewExpenditure request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> created(service.record(request, scope.current(), caller.name())));
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.FIELD_OFFICE })
    @Operation(operationId = "correctExpenditure", summary = "Correct an expenditure entry", description = "Records a negative entry"
            + " of the original's cost category and project that references it, for all that remains of it or a part (never more:"
            + " earlier corrections count), and publishes ExpenditureReversed. A correction is never corrected itself. Who may record the"
            + " original may correct it, until its project is completed or cancelled: then a fund manager only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewExpenditureCorrection.class), examples = {
            @ExampleObject(name = "a part", value = ExpenditureExamples.NEW_CORRECTION),
            @ExampleObject(name = "all that remains", value = ExpenditureExamples.NEW_WHOLE_CORRECTION) }))
    @APIResponse(responseCode = "201", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenditureResponse.class),
                    examples = @ExampleObject(name = "correction", value = ExpenditureExamples.CORRECTION)))
    @APIResponse(responseCode = "400", description = "Invalid correction",
            content = @Content(examples = @ExampleObject(name = "larger than the entry", value = ExpenditureExamples.INVALID_CORRECTION)))
    @APIResponse(responseCode = "403", description = "The token does not write for the entry's State, or for the fund (a fund-level"
            + " entry, or one of a completed or cancelled project)", content = @Content(examples = {
                    @ExampleObject(name = "fund-level", value = ExpenditureExamples.FUND_LEVEL_FORBIDDEN),
                    @ExampleObject(name = "project over", value = ExpenditureExamples.CORRECTION_OF_A_PROJECT_OVER_FORBIDDEN) }))
    @APIResponse(responseCode = "404", description = "No such entry",
            content = @Content(examples = @ExampleObject(name = "not found", value = ExpenditureExamples.EXPENDITURE_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Less remains than asked, the entry is a correction; or"
            + " spentOn falls in a closed accounting period", content = @Content(examples = {
                    @ExampleObject(name = "too large", value = ExpenditureExamples.CORRECTION_TOO_LARGE),
                    @ExampleObject(name = "closed period", value = ExpenditureExamples.IN_CLOSED_PERIOD) }))
    public Response correct(
            @PathParam("id") UUID id,
            @Parameter(description = Examples.IDEMPOTENCY_KEY_REQUIRED, required = true)
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewExpenditureCorrection request) {
        return idempotency.withRequiredKey(idempotencyKey, request, () -> created(service.correct(id, request, scope.current(), caller.name())));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getExpenditure", summary = "Get an expenditure entry", description = "Says which entry it corrects, or how"
            + " much corrections took back from it and what remains.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenditureResponse.class),
                    examples = @ExampleObject(name = "entry", value = ExpenditureExamples.EXPENDITURE)))
    @APIResponse(responseCode = "404", description = "No such entry",
            content = @Content(examples = @ExampleObject(name = "not found", value = ExpenditureExamples.EXPENDITURE_NOT_FOUND)))
    public ExpenditureResponse get(@PathParam("id") UUID id) {
        Expenditure entry = service.findById(id).orElseThrow(() -> ResourceNotFoundException.of("expenditure entry", id));
        return ExpenditureMapper.toResponse(entry, service.correctedAmountsOf(List.of(entry)).get(id));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listExpenditure", summary = "List expenditure", description = "By accounting date, then by when it was"
            + " recorded; corrections are entries of their own. A page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ExpenditureResponse.class)),
                    examples = @ExampleObject(name = "page", value = ExpenditureExamples.EXPENDITURE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ExpenditureExamples.INVALID_EXPENDITURE_FILTER)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "unknown project", value = Examples.PROJECT_NOT_FOUND)))
    public Page<ExpenditureResponse> list(
            @Parameter(description = "Only this project's entries") @QueryParam("projectId") UUID projectId,
            @Parameter(description = "Only the entries of projects of this State, ISO 3166-1 alpha-3", example = "NGA") @QueryParam("iso3") String iso3,
            @Parameter(description = "FUND: only the fund's own costs; PROJECT: only projects' expenditure") @QueryParam("level") Level level,
            @Parameter(description = "Only this cost category") @QueryParam("category") CostCategory category,
            @Parameter(description = "First accounting date, included", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last accounting date, included", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "true: only the entries that reconcile with a published report; false: only the others")
            @QueryParam("reconciliation") Boolean reconciliation,
            @BeanParam PageParameters page) {
        ExpenditureRepository.Filter filter = new ExpenditureRepository.Filter(projectId, ProjectResource.iso3Filter(iso3), level, category,
                DateRange.of(from, to), reconciliation);
        return pageOf(service.list(filter, page.request()));
    }

    @GET
    @Path("/summary")
    @PermitAll
    @Operation(operationId = "summariseExpenditure", summary = "Expenditure by cost category and by year", description = "Summed by the"
            + " database from the entries the filters select, corrections included, in one snapshot: every one of the nine"
            + " categories of Table 1 in its order (zero when it has none), each year that has entries, and the total. Labelled in"
            + " the language Accept-Language prefers.")
    @APIResponse(responseCode = "200", description = "The sums",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenditureSummaryResponse.class),
                    examples = @ExampleObject(name = "fund-level, 2020", value = ExpenditureExamples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ExpenditureExamples.INVALID_EXPENDITURE_FILTER)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(examples = @ExampleObject(name = "unknown project", value = Examples.PROJECT_NOT_FOUND)))
    public Response summary(
            @Parameter(description = "First accounting date, included", example = "2020-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last accounting date, included", example = "2020-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only this project's entries") @QueryParam("projectId") UUID projectId,
            @Parameter(description = "Only the entries of projects of this State", example = "NGA") @QueryParam("iso3") String iso3,
            @Parameter(description = "FUND: only the fund's own costs; PROJECT: only projects' expenditure") @QueryParam("level") Level level,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ExpenditureRepository.Filter filter = new ExpenditureRepository.Filter(projectId, ProjectResource.iso3Filter(iso3), level, null,
                DateRange.of(from, to), null);
        return LabelledAnswer.of(acceptLanguage, language -> ExpenditureMapper.toResponse(summaries.totals(filter), filter, language));
    }

    @GET
    @Path("/closed-periods")
    @PermitAll
    @Operation(operationId = "getClosedPeriods", summary = "How far the books are closed for expenditure", description = "As this"
            + " service has heard it from contributions-service (AccountingYearClosed, BalanceCarriedForward on"
            + " fund.contributions.v1): expenditure dated on or before closedThrough is refused. A closing reaches this service"
            + " moments after it is made (longer while the broker is away); meanwhile an entry dated in the period just closed is"
            + " still accepted, and is corrected in the open year like any other.")
    @APIResponse(responseCode = "200", description = "The closings applied",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosedPeriodsResponse.class),
                    examples = @ExampleObject(name = "closed through 2019", value = ExpenditureExamples.CLOSED_PERIODS)))
    public ClosedPeriodsResponse closedPeriods() {
        return ExpenditureMapper.toResponse(periods.current(), periods.closings());
    }

    private Response created(Expenditure entry) {
        return Response.created(links.to(ExpenditureResource.class, entry.id)).entity(ExpenditureMapper.toResponse(entry, null)).build();
    }

    private Page<ExpenditureResponse> pageOf(Page<Expenditure> entries) {
        Map<UUID, BigDecimal> corrected = service.correctedAmountsOf(entries.items());
        return entries.map(entry -> ExpenditureMapper.toResponse(entry, corrected.get(entry.id)));
    }
}

package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.gateway.domain.StatedComparison;
import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementLine;
import org.ohchr.uprfund.gateway.mapping.StatementCsv;
import org.ohchr.uprfund.gateway.mapping.StatementEntryResponse;
import org.ohchr.uprfund.gateway.mapping.StatementResponse;
import org.ohchr.uprfund.gateway.mapping.StatementYearsResponse;
import org.ohchr.uprfund.gateway.service.report.StatedFigureService;
import org.ohchr.uprfund.gateway.service.report.StatementService;
import org.ohchr.uprfund.gateway.service.report.StatementsSnapshot;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The statement of income and expenditure of a year, in Table 1's layout, as JSON or CSV. Public; answered from the
 * statements kept ready in memory ({@link StatementsSnapshot}), which follow the read model as fund status does.
 */
@Path("/api/fund/statements")
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class StatementResource {

    static final String CSV = "text/csv";

    private final StatementsSnapshot statements;
    private final StatedFigureService stated;
    private final FundLinks links;

    StatementResource(StatementsSnapshot statements, StatedFigureService stated, FundLinks links) {
        this.statements = statements;
        this.stated = stated;
        this.links = links;
    }

    @GET
    @PermitAll
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "listStatementYears", summary = "List the years that have a statement",
            description = "Every year with entries or a balance carried forward dated in it, oldest first, with its totals and"
                    + " closing balance (the fund balance's trend) and a link to its statement.")
    @APIResponse(responseCode = "200", description = "The years", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = StatementYearsResponse.class), examples = @ExampleObject(name = "years", value = Examples.STATEMENT_YEARS)))
    public StatementYearsResponse years() {
        return StatementYearsResponse.of(statements.all(), year -> links.to("/api/fund/statements/" + year));
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Produces({ APPLICATION_JSON, CSV })
    @Operation(operationId = "getStatement", summary = "Get the statement of a year, in Table 1's layout",
            description = "Income, expenditure by cost category and the fund balance, line by line, each summed from the entries"
                    + " dated in the year that sit on it (the entries behind a line are at its entriesLink); an entry that exists to"
                    + " reconcile with the report sits on the line its reportLine names. Receivables (pledges outstanding at 31"
                    + " December) are memo lines: the closing balance is the opening balance plus the net result. Labels follow"
                    + " Accept-Language (the six UN languages). With Accept: text/csv, the same lines as CSV. Figures a report"
                    + " states about the lines are shown beside them, with what differs as findings.")
    @APIResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class),
                    examples = @ExampleObject(name = "2020", value = Examples.STATEMENT)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "2020", value = Examples.STATEMENT_CSV)) })
    @APIResponse(responseCode = "400", description = "Not a year",
            content = @Content(examples = @ExampleObject(name = "not a year", value = Examples.PROBLEM_YEAR)))
    @APIResponse(responseCode = "404", description = "Nothing is dated in the year",
            content = @Content(examples = @ExampleObject(name = "no data", value = Examples.PROBLEM_YEAR_WITHOUT_DATA)))
    public Response statement(
            @Parameter(description = "The year, 1900 to 9999", example = "2020") @PathParam("year") String year,
            @Parameter(description = "Language of the labels", example = "fr") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpHeaders headers) {
        int which = StatementService.parseYear(year);
        Statement statement = statements.of(which);
        UnLanguage language = UnLanguage.preferred(acceptLanguage);
        List<StatedComparison> comparisons = stated.aboutStatement(which).stream()
                .map(figure -> StatedComparison.ofStatementLine(figure, statement))
                .toList();
        StatementResponse response = StatementResponse.of(statement, language, comparisons,
                line -> links.to("/api/fund/statements/" + which + "/lines/" + line + "/entries"));
        if (wantsCsv(headers)) {
            return Response.ok(StatementCsv.of(response), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"statement_" + which + ".csv\"")
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
        }
        return Response.ok(response, APPLICATION_JSON).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }

    @GET
    @Path("/{year}/lines/{line}/entries")
    @PermitAll
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "listStatementLineEntries", summary = "List the entries behind a line of a statement",
            description = "The entries summed on the line, by date, each as it counts there and with a link to it at the service"
                    + " that keeps it; a page past the end is empty. Lines computed from other lines (totals, net result,"
                    + " balances) have no entries of their own.")
    @APIResponse(responseCode = "200", description = "One page of entries", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = StatementEntryResponse.class)),
            examples = @ExampleObject(name = "entries", value = Examples.STATEMENT_ENTRIES)))
    @APIResponse(responseCode = "400", description = "Not a year, not a line with entries, or invalid paging",
            content = @Content(examples = @ExampleObject(name = "not a line", value = Examples.PROBLEM_LINE)))
    @APIResponse(responseCode = "404", description = "Nothing is dated in the year",
            content = @Content(examples = @ExampleObject(name = "no data", value = Examples.PROBLEM_YEAR_WITHOUT_DATA)))
    public Page<StatementEntryResponse> entries(
            @Parameter(description = "The year", example = "2020") @PathParam("year") String year,
            @Parameter(description = "A line with entries, such as CONTRIBUTIONS_RECEIVED or STAFF", example = "CONTRIBUTIONS_RECEIVED")
            @PathParam("line") String line,
            @BeanParam PageParameters page) {
        int which = StatementService.parseYear(year);
        StatementLine statementLine = lineWithEntries(line);
        PageRequest request = page.request();
        List<StatementEntryResponse> all = statements.of(which).entriesOf(statementLine).stream()
                .map(entry -> StatementEntryResponse.of(entry, links.base()))
                .toList();
        List<StatementEntryResponse> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(items, request.page(), request.size(), all.size());
    }

    private static StatementLine lineWithEntries(String code) {
        for (StatementLine line : StatementLine.values()) {
            if (line.name().equals(code) && line.hasEntries()) {
                return line;
            }
        }
        throw new InvalidFieldException("line", "must be a line with entries of its own: CONTRIBUTIONS_RECEIVED, EXCHANGE_GAIN_LOSS,"
                + " PRIOR_YEAR_PLEDGES_RECEIVED, MISCELLANEOUS_AND_INVESTMENT_INCOME, a cost category such as STAFF,"
                + " RECEIVABLES_PRIOR_PERIODS or RECEIVABLES_YEAR");
    }

    /** CSV when the client prefers it to JSON (the first of them in its Accept header, by weight). */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}

package org.ohchr.uprfund.recommendations.rest;

import java.io.InputStream;
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
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.recommendations.domain.RecommendationImport;
import org.ohchr.uprfund.recommendations.domain.RowOutcome;
import org.ohchr.uprfund.recommendations.mapping.ImportMapper;
import org.ohchr.uprfund.recommendations.mapping.ImportReport;
import org.ohchr.uprfund.recommendations.mapping.ImportRowResponse;
import org.ohchr.uprfund.recommendations.service.ImportReportService;
import org.ohchr.uprfund.recommendations.service.RecommendationImportService;

@Path("/api/recommendations/import/reports")
@Tag(name = "Recommendation imports", description = "Recommendations imported in bulk from CSV (UTF-8), matched on State, cycle,"
        + " document and paragraph: re-importing a file changes nothing; a report per row says what became of it")
@Produces(MediaType.APPLICATION_JSON)
public class ImportReportResource {

    private final ImportReportService reports;
    private final PublicLinks links;

    ImportReportResource(ImportReportService reports, PublicLinks links) {
        this.reports = reports;
        this.links = links;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listImports", summary = "List imports", description = "The latest first, without their rows.")
    @APIResponse(responseCode = "200", description = "One page of imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ImportReport.class)),
                    examples = @ExampleObject(name = "page", value = Examples.IMPORT_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_PAGE)))
    public Page<ImportReport> list(@BeanParam PageParameters page) {
        long awaiting = reports.awaitingSearchIndex();
        return reports.list(page.request()).map(done -> ImportMapper.toReport(done, java.util.List.of(), java.util.List.of(),
                links.to(ImportReportResource.class, done.id, "rows"), awaiting));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getImport", summary = "Get an import's report", description = "Its counts, its first refused and updated"
            + " rows, and how many recommendations still wait for the search indexer.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "a row refused", value = Examples.IMPORT_REPORT)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.IMPORT_NOT_FOUND)))
    public ImportReport get(@PathParam("id") UUID id) {
        RecommendationImport done = reports.findById(id).orElseThrow(() -> ResourceNotFoundException.of("import", id));
        return ImportMapper.toReport(done, reports.first(done, RowOutcome.REFUSED, ImportReport.SHOWN),
                reports.first(done, RowOutcome.UPDATED, ImportReport.SHOWN), links.to(ImportReportResource.class, id, "rows"),
                reports.awaitingSearchIndex());
    }

    @GET
    @Path("/{id}/rows")
    @PermitAll
    @Operation(operationId = "listImportRows", summary = "List what an import did with each row", description = "Every row of the file"
            + " in order (blank lines left out): CREATED, UPDATED with the changed properties, UNCHANGED, or REFUSED with its problem,"
            + " whose violations name the columns.")
    @APIResponse(responseCode = "200", description = "One page of rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ImportRowResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.IMPORT_ROWS)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_PAGE)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.IMPORT_NOT_FOUND)))
    public Page<ImportRowResponse> rows(@PathParam("id") UUID id,
            @Parameter(description = "Only the rows with this outcome") @QueryParam("outcome") RowOutcome outcome,
            @BeanParam PageParameters page) {
        return reports.rows(id, outcome, page.request());
    }
}

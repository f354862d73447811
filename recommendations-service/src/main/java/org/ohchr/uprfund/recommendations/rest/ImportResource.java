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

@Path("/api/recommendations/import")
@Tag(name = "Recommendation imports", description = "Recommendations imported in bulk from CSV (UTF-8), matched on State, cycle,"
        + " document and paragraph: re-importing a file changes nothing; a report per row says what became of it")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final RecommendationImportService imports;
    private final ImportReportService reports;
    private final PublicLinks links;
    private final Caller caller;

    ImportResource(RecommendationImportService imports, ImportReportService reports, PublicLinks links, Caller caller) {
        this.imports = imports;
        this.reports = reports;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.RECOMMENDATIONS_EDITOR)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importRecommendations", summary = "Import recommendations from CSV", description = "Reads the file (text/csv,"
            + " UTF-8, the format of the service's README: a header naming the columns, in any order) as a stream, in batches, up to"
            + " 128 MB. Each row creates a recommendation (RecommendationRecorded), updates the one with the same State under review,"
            + " cycle, document symbol and paragraph (RecommendationRevised, and ResponseRecorded when the response changed), or"
            + " leaves it unchanged; a row that breaks the rules, or repeats the key of an earlier row, is refused, and the other rows"
            + " are imported. A file that cannot be read as a whole (no or a wrong header, bytes that are not UTF-8, a UTF-16 byte"
            + " order mark, a quoted cell never closed, a cell over 20,000 characters) is refused with a 400 naming the row and"
            + " column, and imports nothing. A UTF-8 byte order mark is skipped; quoted cells may hold line breaks (RFC 4180). Cells"
            + " are stored as text, never evaluated; one escaped as a spreadsheet escapes a formula ('=...) loses its apostrophe."
            + " One import at a time: another waits for it. The texts imported are found by q once the search indexer reached"
            + " them, seconds later (awaitingSearchIndex).")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "two recommendations", value = Examples.CSV_IMPORT)))
    @APIResponse(responseCode = "201", description = "Imported: the report",
            headers = @Header(name = "Location", description = "URL of the import's report", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "a row refused", value = Examples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "The file cannot be read: its header, its encoding or a cell beyond the limits;"
            + " nothing is imported", content = @Content(examples = {
                            @ExampleObject(name = "wrong header", value = Examples.CSV_WRONG_HEADER),
                            @ExampleObject(name = "cell too long", value = Examples.CSV_CELL_TOO_LONG),
                            @ExampleObject(name = "not UTF-8", value = Examples.CSV_NOT_UTF8) }))
    @APIResponse(responseCode = "409", description = "A recommendation of the file was recorded by another request meanwhile; nothing is"
            + " imported", content = @Content(examples = @ExampleObject(name = "raced", value = Examples.IMPORT_RACED)))
    @APIResponse(responseCode = "415", description = "Not sent as text/csv in UTF-8",
            content = @Content(examples = @ExampleObject(name = "JSON", value = Examples.CSV_MEDIA_TYPE)))
    public Response importCsv(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        requireUtf8Csv(contentType);
        RecommendationImport done = imports.importCsv(body, caller.name());
        ImportReport report = ImportMapper.toReport(done, reports.first(done, RowOutcome.REFUSED, ImportReport.SHOWN),
                reports.first(done, RowOutcome.UPDATED, ImportReport.SHOWN), links.to(ImportReportResource.class, done.id, "rows"),
                reports.awaitingSearchIndex());
        return Response.created(links.to(ImportReportResource.class, done.id)).entity(report).build();
    }

    private static void requireUtf8Csv(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (type == null || !type.getType().equalsIgnoreCase("text") || !type.getSubtype().equalsIgnoreCase("csv")
                || (charset != null && !charset.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8"))) {
            throw new UnsupportedCsvMediaTypeException(contentType);
        }
    }
}

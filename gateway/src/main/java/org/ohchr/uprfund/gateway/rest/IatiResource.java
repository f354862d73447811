package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_XML;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.gateway.service.report.iati.IatiService;

/** The fund published as IATI 2.03 XML: its activity file and its organisation file, from the read model. Public. */
@Path("/api/fund/iati")
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class IatiResource {

    static final String XML_UTF8 = APPLICATION_XML + "; charset=UTF-8";

    private final IatiService iati;

    IatiResource(IatiService iati) {
        this.iati = iati;
    }

    @GET
    @Path("/activities")
    @PermitAll
    @Produces(APPLICATION_XML)
    @Operation(operationId = "getIatiActivities", summary = "Get the fund's IATI activity file (IATI 2.03)",
            description = "One iati-activity for the fund's own work (its expenditure that is no project's), then one per project the"
                    + " fund approved (or that has expenditure): recipient country, sector 15160 (human rights), planned dates, the"
                    + " budget and each revision, the fund's commitments (transaction type 2: the approved budget, then each revision's"
                    + " change, negative for a cut) and the expenditure (type 4, a reversal negative), in US dollars with their value"
                    + " dates. Valid against IATI's activity schema; the codes used are listed in docs/IATI.md. Send the ETag back in"
                    + " If-None-Match to get 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The activity file", headers = {
            @Header(name = "ETag", description = "The file's version", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "public, no-cache: keep it, but ask again with If-None-Match",
                    schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = APPLICATION_XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "activities", value = IatiExamples.ACTIVITIES)))
    @APIResponse(responseCode = "304", description = "Not modified: the file is still the one of the ETag sent in If-None-Match")
    public Response activities(
            @Parameter(description = "The ETag of a file already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return file(iati.activities(), "iati-activities.xml", ifNoneMatch);
    }

    @GET
    @Path("/organisation")
    @PermitAll
    @Produces(APPLICATION_XML)
    @Operation(operationId = "getIatiOrganisation", summary = "Get the fund's IATI organisation file (IATI 2.03)",
            description = "Per calendar year: the fund's budget (total-budget: what it committed that year, approvals and revisions,"
                    + " the activity file's commitments), the same per recipient country (recipient-country-budget), and its"
                    + " expenditure (total-expenditure: every entry dated in the year, reversals negative, so the statement's total"
                    + " expenditure) with a line per cost category. Valid against IATI's organisation schema. Send the ETag back in"
                    + " If-None-Match to get 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The organisation file", headers = {
            @Header(name = "ETag", description = "The file's version", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "public, no-cache: keep it, but ask again with If-None-Match",
                    schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = APPLICATION_XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "organisation", value = IatiExamples.ORGANISATION)))
    @APIResponse(responseCode = "304", description = "Not modified: the file is still the one of the ETag sent in If-None-Match")
    public Response organisation(
            @Parameter(description = "The ETag of a file already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return file(iati.organisation(), "iati-organisation.xml", ifNoneMatch);
    }

    private static Response file(byte[] body, String name, String ifNoneMatch) {
        String etag = etagOf(body);
        Response.ResponseBuilder response = EntityTags.matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(body, XML_UTF8).header("Content-Disposition", "inline; filename=\"" + name + "\"");
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, FundStatusRoute.CACHE_CONTROL).build();
    }

    /** A strong tag: the file's SHA-256, in hex. */
    private static String etagOf(byte[] body) {
        try {
            return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

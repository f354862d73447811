package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse;
import org.ohchr.uprfund.gateway.service.report.FundStatusSnapshot;
import org.ohchr.uprfund.gateway.service.report.FundStatusSnapshot.Rendered;
import org.ohchr.uprfund.gateway.service.report.PastDateStatus;

/** The fund as a whole at the end of a date, from the gateway's read model. Public: no token needed. */
@Path("/api/fund")
@Produces(APPLICATION_JSON)
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class FundStatusResource {

    private final FundStatusSnapshot snapshot;
    private final PastDateStatus pastDates;

    FundStatusResource(FundStatusSnapshot snapshot, PastDateStatus pastDates) {
        this.snapshot = snapshot;
        this.pastDates = pastDates;
    }

    @GET
    @Path("/status")
    @PermitAll
    @Operation(operationId = "getFundStatus", summary = "Returns the fund's status at the end of today or of a past date",
            description = "The latest balance carried forward at or before the date, rolled forward with the income and expenditure"
                    + " dated from its date to the date (closing = balance + income - expenditure); pledges outstanding; projects"
                    + " by status and State; recommendations, and those linked to funded projects; donors; and, for each topic,"
                    + " the last event applied and its lag. Without asOf the answer is the status now, kept ready as events"
                    + " arrive, with an ETag: send it back in If-None-Match to get 304 while nothing changed. With asOf, a past"
                    + " date is computed from the read model when asked, a few at once over all clients"
                    + " (fund.public-reads.past-dates.max-concurrent): one more gets a 503 problem with Retry-After.")
    @APIResponse(responseCode = "200", description = "The fund's status",
            headers = {
                    @Header(name = "ETag", description = "The status's version (without asOf)", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "public, no-cache: keep it, but ask again with If-None-Match",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = FundStatusResponse.class),
                    examples = @ExampleObject(name = "status", value = Examples.FUND_STATUS)))
    @APIResponse(responseCode = "304", description = "Not modified: the status is still the one of the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "asOf is not a date, is before the fund was established or is in the future",
            content = @Content(examples = @ExampleObject(name = "future", value = Examples.PROBLEM_AS_OF_FUTURE)))
    @APIResponse(responseCode = "503", description = "As many past dates are being computed as the gateway computes at once: try"
            + " again after Retry-After seconds", headers = @Header(name = HttpHeaders.RETRY_AFTER,
                    description = "Seconds to wait before asking again", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(examples = @ExampleObject(name = "busy", value = Examples.PROBLEM_PAST_DATES_BUSY)))
    public Response status(
            @Parameter(description = "A past date (UTC) whose end the figures are at; today when absent", example = "2020-12-31")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "The ETag of a status already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (asOf != null) {
            FundStatusResponse status = pastDates.at(asOf);
            return Response.ok(status).header(HttpHeaders.CACHE_CONTROL, FundStatusRoute.CACHE_CONTROL).build();
        }
        Rendered current = snapshot.current();
        Response.ResponseBuilder response = EntityTags.matches(ifNoneMatch, current.etag()) ? Response.notModified()
                : Response.ok(current.body(), APPLICATION_JSON);
        return response.header(HttpHeaders.ETAG, current.etag()).header(HttpHeaders.CACHE_CONTROL, FundStatusRoute.CACHE_CONTROL)
                .build();
    }
}

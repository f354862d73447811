package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.gateway.FundStatus;
import org.ohchr.uprfund.gateway.service.FundStatusService;
import org.ohchr.uprfund.platform.problem.Problem;

/** The fund as a whole, from the gateway's read model. Public: no token needed. */
@Path("/api/fund")
@Produces(APPLICATION_JSON)
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class FundStatusResource {

    private final FundStatusService service;

    public FundStatusResource(FundStatusService service) {
        this.service = service;
    }

    @GET
    @Path("/status")
    @PermitAll
    @Operation(operationId = "getFundStatus", summary = "Returns the fund's status and how fresh each of its sources is")
    @APIResponse(responseCode = "200", description = "The fund's status now",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = FundStatus.class),
                    examples = @ExampleObject(name = "status", value = Examples.FUND_STATUS)))
    @APIResponse(responseCode = "500", description = "The read model could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "internal error", value = Examples.PROBLEM_INTERNAL_ERROR)))
    public FundStatus status() {
        return service.currentStatus();
    }
}

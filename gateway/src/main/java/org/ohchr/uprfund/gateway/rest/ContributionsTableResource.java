package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.gateway.mapping.ContributionsTableResponse;
import org.ohchr.uprfund.gateway.service.report.ContributionsTableService;

/** Table 2 of the report: contributions by period and donor, with what reports state about it. Public. */
@Path("/api/fund/contributions")
@Produces(APPLICATION_JSON)
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class ContributionsTableResource {

    private final ContributionsTableService service;

    ContributionsTableResource(ContributionsTableService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getContributionsTable", summary = "Get the contributions table (Table 2's layout)",
            description = "Contributions in US dollars (their value at receipt, reversals included) grouped by the period they count"
                    + " for and by donor; each period's and each donor's total and the table's total are summed from the rows."
                    + " Figures a report states about the table (its total, the donors it names; see POST /api/fund/stated-figures)"
                    + " are shown beside the computed ones, and what differs is a finding.")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = ContributionsTableResponse.class),
            examples = @ExampleObject(name = "Table 2", value = Examples.CONTRIBUTIONS_TABLE)))
    @APIResponse(responseCode = "400", description = "Unknown grouping",
            content = @Content(examples = @ExampleObject(name = "group by", value = Examples.PROBLEM_GROUP_BY)))
    public ContributionsTableResponse table(
            @Parameter(description = "period,donor (the default), donor,period, period or donor", example = "period,donor")
            @QueryParam("groupBy") String groupBy) {
        return ContributionsTableResponse.of(service.table(ContributionsTableService.grouping(groupBy), null));
    }
}

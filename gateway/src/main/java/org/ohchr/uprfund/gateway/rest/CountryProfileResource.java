package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.gateway.mapping.CountryProfileResponse;
import org.ohchr.uprfund.gateway.service.report.CountryProfileService;

/** A State's profile, from the gateway's read model. Public. */
@Path("/api/fund/countries")
@Produces(APPLICATION_JSON)
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class CountryProfileResource {

    private final CountryProfileService service;

    CountryProfileResource(CountryProfileService service) {
        this.service = service;
    }

    @GET
    @Path("/{iso3}")
    @PermitAll
    @Operation(operationId = "getCountryProfile", summary = "Get a State's profile",
            description = "Its projects with budget, spent (summed from their expenditure entries) and delivery rate; its expenditure"
                    + " by cost category; the recommendations it received, by response and implementation status; the SDGs they and"
                    + " its projects touch; its latest progress updates; and, as findings, links to recommendations the read model"
                    + " does not know.")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = CountryProfileResponse.class), examples = @ExampleObject(name = "Cambodia", value = Examples.COUNTRY_PROFILE)))
    @APIResponse(responseCode = "400", description = "Not an ISO 3166-1 alpha-3 code",
            content = @Content(examples = @ExampleObject(name = "not a code", value = Examples.PROBLEM_ISO3)))
    @APIResponse(responseCode = "404", description = "The read model knows nothing of the State",
            content = @Content(examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_COUNTRY_UNKNOWN)))
    public CountryProfileResponse profile(
            @Parameter(description = "ISO 3166-1 alpha-3 code of the State, in capitals", example = "KHM") @PathParam("iso3") String iso3) {
        return CountryProfileResponse.of(service.profileOf(CountryProfileService.requireIso3(iso3), null));
    }
}

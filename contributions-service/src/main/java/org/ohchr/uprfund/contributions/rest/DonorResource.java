package org.ohchr.uprfund.contributions.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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
import org.ohchr.uprfund.contributions.domain.Donor;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.contributions.mapping.DonorMapper;
import org.ohchr.uprfund.contributions.mapping.DonorResponse;
import org.ohchr.uprfund.contributions.mapping.DonorSummaryResponse;
import org.ohchr.uprfund.contributions.mapping.NewDonor;
import org.ohchr.uprfund.contributions.service.DonorService;
import org.ohchr.uprfund.contributions.service.DonorSummaryService;
import org.ohchr.uprfund.platform.concurrency.VersionPrecondition;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Roles;

@Path("/api/donors")
@Tag(name = "Donors", description = "States and other bodies that pledge and pay into the fund")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonorResource {

    private final DonorService service;
    private final DonorSummaryService summaries;
    private final IdempotentCreation idempotency;
    private final PublicLinks links;

    DonorResource(DonorService service, DonorSummaryService summaries, IdempotentCreation idempotency, PublicLinks links) {
        this.service = service;
        this.summaries = summaries;
        this.idempotency = idempotency;
        this.links = links;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "registerDonor", summary = "Register a donor", description = "Records the donor and publishes"
            + " DonorRegistered. A State is registered once, by its ISO 3166-1 alpha-3 code; names are unique in any case.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewDonor.class),
            examples = @ExampleObject(name = "a State", value = Examples.NEW_DONOR)))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "ETag", description = "Version of the donor", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DonorResponse.class),
                    examples = @ExampleObject(name = "donor", value = Examples.DONOR)))
    @APIResponse(responseCode = "400", description = "Invalid donor",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_DONOR)))
    @APIResponse(responseCode = "409", description = "Donor already registered",
            content = @Content(examples = @ExampleObject(name = "duplicate", value = Examples.DUPLICATE_DONOR)))
    public Response register(
            @Parameter(description = "Makes the request safe to retry: a retry with the same key returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            NewDonor request) {
        return idempotency.withOptionalKey(idempotencyKey, request, () -> {
            Donor donor = service.register(request);
            return Response.created(links.to(DonorResource.class, donor.id))
                    .tag(new EntityTag(VersionPrecondition.etagOf(donor.version)))
                    .entity(DonorMapper.toResponse(donor)).build();
        });
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getDonor", summary = "Get a donor")
    @APIResponse(responseCode = "200", description = "The donor",
            headers = @Header(name = "ETag", description = "Version of the donor", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DonorResponse.class),
                    examples = @ExampleObject(name = "donor", value = Examples.DONOR)))
    @APIResponse(responseCode = "404", description = "No such donor",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        Donor donor = service.findById(id).orElseThrow(() -> ResourceNotFoundException.of("donor", id));
        return Response.ok(DonorMapper.toResponse(donor)).tag(new EntityTag(VersionPrecondition.etagOf(donor.version))).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDonors", summary = "List donors", description = "Ordered by name; a page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of donors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = DonorResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.DONOR_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.INVALID_FILTER)))
    public Page<DonorResponse> list(
            @Parameter(description = "Only donors of this kind") @QueryParam("kind") DonorKind kind,
            @Parameter(description = "Only the State with this ISO 3166-1 alpha-3 code", example = "NOR") @QueryParam("iso3") String iso3,
            @Parameter(description = "Only donors whose name contains this, in any case", example = "nor")
            @QueryParam("search") @Size(max = 200) String search,
            @BeanParam PageParameters page) {
        return service.list(kind, iso3, search, page.request()).map(DonorMapper::toResponse);
    }

    @GET
    @Path("/{id}/summary")
    @PermitAll
    @Operation(operationId = "summariseDonor", summary = "Summarise a donor's pledges and contributions", description = "Pledged,"
            + " received, outstanding and cancelled, in US dollars, by period; every total is the sum of the period rows, and each"
            + " row is summed from the pledges and contributions. Pledged, outstanding and cancelled amounts are valued at the"
            + " pledges' rates, received amounts at the rates of receipt.")
    @APIResponse(responseCode = "200", description = "The donor's summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DonorSummaryResponse.class),
                    examples = @ExampleObject(name = "summary", value = Examples.DONOR_SUMMARY)))
    @APIResponse(responseCode = "404", description = "No such donor",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public DonorSummaryResponse summary(@PathParam("id") UUID id) {
        return summaries.summaryOf(id).orElseThrow(() -> ResourceNotFoundException.of("donor", id));
    }
}

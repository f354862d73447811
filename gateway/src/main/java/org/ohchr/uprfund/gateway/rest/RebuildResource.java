package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.ohchr.uprfund.gateway.domain.Rebuild;
import org.ohchr.uprfund.gateway.mapping.RebuildResponse;
import org.ohchr.uprfund.gateway.service.consumer.RebuildService;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.platform.security.Roles;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Rebuilds of the read model from offset zero, compared with the live one. Fund managers only. */
@Path("/api/fund/rebuilds")
@Produces(APPLICATION_JSON)
@Tag(name = "Read model", description = "How the gateway's read model is built: parked records, rebuilds")
public class RebuildResource {

    private final RebuildService service;
    private final IdempotentCreation idempotency;
    private final FundLinks links;
    private final Caller caller;
    private final ObjectMapper json;

    RebuildResource(RebuildService service, IdempotentCreation idempotency, FundLinks links, Caller caller, ObjectMapper json) {
        this.service = service;
        this.idempotency = idempotency;
        this.links = links;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "startRebuild", summary = "Rebuild the read model from offset zero and compare it with the live one",
            description = "Replays every topic from its first offset to its current end into a fresh schema (the live model and its"
                    + " consumers are untouched), replays what that parks, then compares every figure the gateway answers with the"
                    + " live model's once the live consumers have reached the same offsets; the schema is dropped afterwards. Runs in"
                    + " the background: follow the Location. One at a time. Idempotency-Key optional.")
    @APIResponse(responseCode = "202", description = "Started",
            headers = @Header(name = "Location", description = "Where the rebuild reports", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RebuildResponse.class),
                    examples = @ExampleObject(name = "running", value = Examples.REBUILD_RUNNING)))
    @APIResponse(responseCode = "409", description = "A rebuild is running",
            content = @Content(examples = @ExampleObject(name = "running", value = Examples.PROBLEM_REBUILD_RUNNING)))
    public Response start(
            @Parameter(description = "Optional; a retry with the same key gets the first answer and starts nothing")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.withOptionalKey(idempotencyKey, "rebuild", () -> {
            Rebuild rebuild = service.start(caller.name());
            return Response.accepted(RebuildResponse.of(rebuild, json)).location(links.to("/api/fund/rebuilds/" + rebuild.id)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "getRebuild", summary = "Get a rebuild and how its figures compare with the live ones")
    @APIResponse(responseCode = "200", description = "The rebuild", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = RebuildResponse.class), examples = {
                    @ExampleObject(name = "equal", value = Examples.REBUILD_EQUAL),
                    @ExampleObject(name = "different", value = Examples.REBUILD_DIFFERENT) }))
    @APIResponse(responseCode = "404", description = "No such rebuild",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_REBUILD_NOT_FOUND)))
    public RebuildResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(rebuild -> RebuildResponse.of(rebuild, json))
                .orElseThrow(() -> ResourceNotFoundException.of("rebuild", id));
    }
}

package org.ohchr.uprfund.gateway.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.gateway.mapping.DeadLetterResponse;
import org.ohchr.uprfund.gateway.mapping.ReplaySummaryResponse;
import org.ohchr.uprfund.gateway.service.consumer.DeadLetterService;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageParameters;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.security.Roles;

/** The records of the fund topics the read model parked instead of applying, and their replay. Fund managers only. */
@Path("/api/fund/dead-letters")
@Produces(APPLICATION_JSON)
@Tag(name = "Read model", description = "How the gateway's read model is built: parked records, rebuilds")
public class DeadLetterResource {

    private final DeadLetterService service;

    DeadLetterResource(DeadLetterService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "listDeadLetters", summary = "List the parked records",
            description = "Records the read model did not apply (unreadable, of a type it does not apply, breaking their producer's"
                    + " schema, or that it could not apply), by topic, partition and offset; a page past the end is empty.")
    @APIResponse(responseCode = "200", description = "One page of parked records",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class,
                    properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = DeadLetterResponse.class)),
                    examples = @ExampleObject(name = "page", value = Examples.DEAD_LETTER_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_BAD_STATUS)))
    public Page<DeadLetterResponse> list(
            @Parameter(description = "PARKED, APPLIED or DUPLICATE", example = "PARKED") @QueryParam("status") DeadLetter.Status status,
            @Parameter(description = "Only this topic", example = "fund.projects.v1") @QueryParam("topic") String topic,
            @BeanParam PageParameters page) {
        return service.list(status, topic, page.request()).map(DeadLetterResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "getDeadLetter", summary = "Get a parked record", description = "With its key and value as they were on the topic.")
    @APIResponse(responseCode = "200", description = "The parked record", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = DeadLetterResponse.class), examples = @ExampleObject(name = "parked", value = Examples.DEAD_LETTER)))
    @APIResponse(responseCode = "404", description = "No record is parked under this id",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_DEAD_LETTER_NOT_FOUND)))
    public DeadLetterResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(DeadLetterResponse::of).orElseThrow(() -> ResourceNotFoundException.of("dead letter", id));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "replayDeadLetter", summary = "Replay a parked record",
            description = "Applies the record as the consumer would have, exactly once. `status` says what became of it: APPLIED,"
                    + " DUPLICATE (the same event was applied meanwhile) or still PARKED with the new reason. A record no longer"
                    + " parked is answered as it is, and nothing is done.")
    @APIResponse(responseCode = "200", description = "The record after the replay", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = DeadLetterResponse.class), examples = @ExampleObject(name = "applied", value = Examples.DEAD_LETTER_APPLIED)))
    @APIResponse(responseCode = "404", description = "No record is parked under this id",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_DEAD_LETTER_NOT_FOUND)))
    public DeadLetterResponse replay(@PathParam("id") UUID id) {
        return DeadLetterResponse.of(service.replay(id));
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "replayDeadLetters", summary = "Replay every parked record",
            description = "In the order they sat on their topics, each as by replayDeadLetter; says how many were applied.")
    @APIResponse(responseCode = "200", description = "What the replays did", content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = ReplaySummaryResponse.class),
            examples = @ExampleObject(name = "summary", value = Examples.REPLAY_SUMMARY)))
    public ReplaySummaryResponse replayAll() {
        return ReplaySummaryResponse.of(service.replayAll(null));
    }
}

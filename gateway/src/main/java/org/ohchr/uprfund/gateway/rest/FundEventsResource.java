package org.ohchr.uprfund.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.gateway.service.report.FundChangeFeed;

import io.smallrye.mutiny.Multi;

/** Server-sent events announcing each change of the read model: the dashboard reloads its figures on each. Public. */
@Path("/api/fund/events")
@Tag(name = "Fund", description = "The whole fund, built by the gateway from the services' events")
public class FundEventsResource {

    static final String CHANGED = "fund-changed";

    private final FundChangeFeed feed;

    FundEventsResource(FundChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamFundChanges", summary = "Follow the changes of the read model as server-sent events",
            description = "An event named fund-changed each time events applied to the read model changed fund status, with the new"
                    + " status's ETag and computedAt as data: read /api/fund/status (and the other views) again. A comment every 25"
                    + " seconds (fund.public-reads.events.keep-alive) keeps the connection open through proxies. The stream takes"
                    + " 2,000 subscribers at once (fund.public-reads.events.max-subscribers); one more gets a 503 problem with"
                    + " Retry-After.")
    @APIResponse(responseCode = "200", description = "The stream, open until the client closes it", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "a change", value = Examples.FUND_CHANGED_EVENT)))
    @APIResponse(responseCode = "503", description = "The stream has as many subscribers as it takes: try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before subscribing again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(examples = @ExampleObject(name = "full", value = Examples.PROBLEM_EVENTS_FULL)))
    public Multi<OutboundSseEvent> changes(@Context Sse sse) {
        return feed.subscribe(rendered -> sse.newEventBuilder()
                .name(CHANGED)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data("{\"etag\":" + quoted(rendered.etag()) + ",\"computedAt\":\"" + rendered.status().computedAt() + "\"}")
                .build(), () -> sse.newEventBuilder().comment("keep-alive").build());
    }

    /** An entity tag ("abc") as a JSON string ("\"abc\""). */
    private static String quoted(String etag) {
        return "\"" + etag.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

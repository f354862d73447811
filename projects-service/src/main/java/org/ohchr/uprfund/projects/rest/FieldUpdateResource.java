package org.ohchr.uprfund.projects.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ohchr.uprfund.platform.http.PublicLinks;
import org.ohchr.uprfund.platform.security.Roles;
import org.ohchr.uprfund.projects.mapping.SyncBatch;
import org.ohchr.uprfund.projects.mapping.SyncResult;
import org.ohchr.uprfund.projects.service.EntryLinks;
import org.ohchr.uprfund.projects.service.FieldUpdateSyncService;

@Path("/api/field-updates")
@Tag(name = "Field updates", description = "What a field office recorded while offline, sent in one request when it is back")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FieldUpdateResource {

    private final FieldUpdateSyncService service;
    private final PublicLinks links;

    FieldUpdateResource(FieldUpdateSyncService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @POST
    @Path("/sync")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.FIELD_OFFICE })
    @Operation(operationId = "syncFieldUpdates", summary = "Send what was recorded offline", description = "1 to 500 items, each a"
            + " progress update (projectId and progressUpdate, as POST /api/projects/{id}/updates takes it) or an expenditure"
            + " entry (expenditure, as POST /api/expenditures takes it), each with its own idempotencyKey, scoped like the"
            + " Idempotency-Key header of that single operation (the caller and its path). Each item is checked and recorded on"
            + " its own, in order, exactly as the single operation would: CREATED, REPLAYED (recorded before with this key: nothing"
            + " written), or REFUSED with the problem the single operation would answer (400, 403 for a project of a State the"
            + " token does not write for, 404, 409, 422...), writing nothing. One result per item, in order, in a 200. Send a"
            + " batch again as often as needed: nothing is recorded twice. A batch that is not JSON of this shape, has no items or"
            + " more than 500 is refused whole (400, nothing written); its body may be up to 4 MB.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SyncBatch.class),
            examples = @ExampleObject(name = "update and expenditure", value = ExpenditureExamples.SYNC_BATCH)))
    @APIResponse(responseCode = "200", description = "One result per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncResult.class),
                    examples = @ExampleObject(name = "created, replayed, refused", value = ExpenditureExamples.SYNC_RESULT)))
    @APIResponse(responseCode = "400", description = "Not a batch, no items, or more than 500",
            content = @Content(examples = @ExampleObject(name = "too many items", value = ExpenditureExamples.SYNC_TOO_MANY)))
    public SyncResult sync(SyncBatch batch) {
        return service.sync(batch, new EntryLinks() {
            @Override
            public URI progressUpdate(UUID projectId, UUID updateId) {
                return links.to(ProjectResource.class, projectId, "updates", updateId);
            }

            @Override
            public URI expenditure(UUID expenditureId) {
                return links.to(ExpenditureResource.class, expenditureId);
            }
        });
    }
}

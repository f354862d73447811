package org.ohchr.uprfund.projects.mapping;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of an offline field office's batch: a progress update (with the project it reports on) or an expenditure
 * entry, with the key that makes it safe to send again. Checked item by item, so that one bad item refuses only itself.
 */
@Schema(name = "SyncItem", description = "A progress update (projectId and progressUpdate) or an expenditure entry (expenditure), with its own"
        + " Idempotency-Key: scoped as the header of the single operation, to the caller and the item's target path"
        + " (POST /api/projects/{id}/updates or POST /api/expenditures)")
public record SyncItem(
        @Schema(description = "Required: 1 to 200 visible ASCII characters; a new one for each new entry, the same one when it is sent again",
                examples = "9b2e7c1a-3f4d-4e5a-8b6c-7d8e9f0a1b2c") String idempotencyKey,
        @Schema(description = "The project a progress update reports on; only with progressUpdate") UUID projectId,
        NewProgressUpdate progressUpdate,
        NewExpenditure expenditure) {
}

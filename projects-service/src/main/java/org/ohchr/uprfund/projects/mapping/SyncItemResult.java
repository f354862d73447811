package org.ohchr.uprfund.projects.mapping;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.problem.Problem;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "SyncItemResult", description = "What became of one item of a batch")
public record SyncItemResult(
        @Schema(description = "The item's position in the batch, from 0") int index,
        @Schema(nullable = true) String idempotencyKey,
        @Schema(description = "CREATED (recorded now), REPLAYED (recorded by an earlier request with this key: nothing written) or REFUSED"
                + " (nothing written; see problem)") Outcome outcome,
        @Schema(description = "The status the single operation would have answered: 201, or the problem's") int status,
        @Schema(description = "The operation the item stands for, such as POST /api/expenditures", nullable = true) String target,
        @Schema(description = "URL of the entry; null when refused", nullable = true) URI location,
        @Schema(description = "The entry, as the single operation answers it (ProgressUpdate or Expenditure); null when refused",
                nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) JsonNode entry,
        @Schema(description = "Why it was refused; null otherwise", nullable = true) Problem problem) {

    public enum Outcome { CREATED, REPLAYED, REFUSED }
}

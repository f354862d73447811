package org.ohchr.uprfund.projects.mapping;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.problem.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SyncItemResult", description = "What became of one item of a batch: location and entry when it was recorded,"
        + " problem when it was refused; a property that does not apply is absent")
public record SyncItemResult(
        @Schema(description = "The item's position in the batch, from 0") int index,
        @Schema(description = "As the item gave it; absent when it gave none") String idempotencyKey,
        @Schema(description = "CREATED (recorded now), REPLAYED (recorded by an earlier request with this key: nothing written) or REFUSED"
                + " (nothing written; see problem)") Outcome outcome,
        @Schema(description = "The status the single operation would have answered: 201, or the problem's") int status,
        @Schema(description = "The operation the item stands for, such as POST /api/expenditures; absent when the item does not say") String target,
        @Schema(description = "URL of the entry; absent when refused") URI location,
        @Schema(description = "The entry, as the single operation answers it (ProgressUpdate or Expenditure); absent when refused",
                anyOf = { ProgressUpdateResponse.class, ExpenditureResponse.class }) Object entry,
        @Schema(description = "Why it was refused; absent otherwise") Problem problem) {

    public enum Outcome { CREATED, REPLAYED, REFUSED }
}

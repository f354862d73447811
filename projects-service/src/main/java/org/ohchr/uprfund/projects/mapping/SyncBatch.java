package org.ohchr.uprfund.projects.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SyncBatch", description = "What a field office recorded while offline, in the order it recorded it")
public record SyncBatch(
        @Schema(description = "1 to 500 items") List<SyncItem> items) {
}

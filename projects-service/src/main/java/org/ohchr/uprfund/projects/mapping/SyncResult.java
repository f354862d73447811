package org.ohchr.uprfund.projects.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SyncResult", description = "One result per item, in the batch's order, and how many of each outcome")
public record SyncResult(int created, int replayed, int refused, List<SyncItemResult> items) {
}

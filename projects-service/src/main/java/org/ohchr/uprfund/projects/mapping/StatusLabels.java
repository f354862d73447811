package org.ohchr.uprfund.projects.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusLabels", description = "The statuses of a project and of its progress, labelled in one of the six UN languages")
public record StatusLabels(
        @Schema(description = "Language of the labels: ar, zh, en, fr, ru or es", examples = "fr") String language,
        @Schema(description = "Where a project is in its life") List<CodeLabel> projectStatuses,
        @Schema(description = "How a field office rates a period's progress") List<CodeLabel> progressStatuses) {
}

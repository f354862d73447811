package org.ohchr.uprfund.projects.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeLabels", description = "Codes of reference data, labelled in one of the six UN languages")
public record CodeLabels(
        @Schema(description = "Language of the labels: ar, zh, en, fr, ru or es", examples = "fr") String language,
        List<CodeLabel> items) {
}

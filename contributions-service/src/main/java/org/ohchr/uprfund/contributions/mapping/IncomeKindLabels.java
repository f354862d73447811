package org.ohchr.uprfund.contributions.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncomeKindLabels", description = "The kinds of other income, labelled in one of the six UN languages")
public record IncomeKindLabels(
        @Schema(description = "Language of the labels: ar, zh, en, fr, ru or es", examples = "fr") String language,
        List<IncomeKindLabel> items) {
}

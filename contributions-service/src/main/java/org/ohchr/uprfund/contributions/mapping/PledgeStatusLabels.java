package org.ohchr.uprfund.contributions.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.PledgeStatus;

@Schema(name = "PledgeStatusLabels", description = "The statuses of a pledge, labelled in one of the six UN languages")
public record PledgeStatusLabels(
        @Schema(description = "Language of the labels: ar, zh, en, fr, ru or es", examples = "fr") String language,
        List<Label> items) {

    @Schema(name = "PledgeStatusLabel", description = "A pledge status with its label in the language asked for")
    public record Label(PledgeStatus code, String label) {
    }
}

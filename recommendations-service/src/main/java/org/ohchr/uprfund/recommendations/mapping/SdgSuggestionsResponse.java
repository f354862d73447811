package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SdgSuggestions", description = "SDG targets suggested for a recommendation by the service's lexicon, with the"
        + " words behind each suggestion and the editors' decisions")
public record SdgSuggestionsResponse(
        UUID recommendationId,
        @Schema(description = "How the suggestions are made", examples = "lexicon") String method,
        @Schema(description = "Language of the goal titles", examples = "en") String language,
        List<Item> suggestions) {

    /** The status of a suggestion: still open, decided by an editor, or linked already. */
    public enum Status {
        OPEN, ACCEPTED, REJECTED, LINKED
    }

    @Schema(name = "SdgSuggestion", description = "One suggested target")
    public record Item(
            @Schema(examples = "1.4") String target,
            @Schema(examples = "1") int goal,
            @Schema(examples = "End poverty in all its forms everywhere") String goalTitle,
            @Schema(description = "Sum of the weights of the lexicon entries matched", examples = "5") int score,
            @Schema(description = "score / (score + 2), from 0 to 1", examples = "0.71") double confidence,
            @Schema(description = "The words of the text that matched", examples = "[\"land titling\", \"indigenous communities\"]")
            List<String> evidence,
            @Schema(description = "OPEN until an editor decides; LINKED when the recommendation links the target already")
            Status status) {
    }
}

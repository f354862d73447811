package org.ohchr.uprfund.recommendations.mapping;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.ActionCategory;
import org.ohchr.uprfund.recommendations.domain.AffectedGroup;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.Priority;
import org.ohchr.uprfund.recommendations.domain.StateResponse;

@Schema(name = "Vocabulary", description = "The codes a recommendation and its plan take, labelled in one of the six UN languages"
        + " (themes: GET /api/themes; SDGs: GET /api/sdgs)")
public record Vocabulary(
        @Schema(description = "Language of the labels", examples = "ru") String language,
        List<CodeLabel> mechanisms,
        List<CodeLabel> responses,
        List<CodeLabel> implementationStatuses,
        List<CodeLabel> priorities,
        @Schema(description = "UPR Info action categories; codes 1 to 5") List<CodeLabel> actionCategories,
        List<CodeLabel> affectedPersons) {

    public static Vocabulary in(UnLanguage language) {
        return new Vocabulary(language.tag(),
                Arrays.stream(Mechanism.values()).map(value -> new CodeLabel(value.name(), value.label(language))).toList(),
                Arrays.stream(StateResponse.values()).map(value -> new CodeLabel(value.name(), value.label(language))).toList(),
                Arrays.stream(ImplementationStatus.values()).map(value -> new CodeLabel(value.name(), value.label(language))).toList(),
                Arrays.stream(Priority.values()).map(value -> new CodeLabel(value.name(), value.label(language))).toList(),
                Arrays.stream(ActionCategory.values()).map(value -> new CodeLabel(Integer.toString(value.number()), value.label(language)))
                        .toList(),
                Arrays.stream(AffectedGroup.values()).map(value -> new CodeLabel(value.name(), value.label(language))).toList());
    }
}

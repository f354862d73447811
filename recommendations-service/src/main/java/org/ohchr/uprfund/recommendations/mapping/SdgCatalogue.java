package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.SustainableDevelopmentGoals;

@Schema(name = "SdgCatalogue", description = "The 17 Sustainable Development Goals, titled in one of the six UN languages, with their"
        + " targets as numbered in the 2030 Agenda")
public record SdgCatalogue(
        @Schema(description = "Language of the titles", examples = "es") String language,
        @Schema(examples = "169") int targets,
        List<Goal> goals) {

    @Schema(name = "SdgGoal", description = "A goal and its targets")
    public record Goal(
            @Schema(examples = "5") int goal,
            @Schema(examples = "Lograr la igualdad entre los géneros y empoderar a todas las mujeres y las niñas") String title,
            @Schema(examples = "[\"5.1\", \"5.2\", \"5.3\", \"5.4\", \"5.5\", \"5.6\", \"5.a\", \"5.b\", \"5.c\"]") List<String> targets) {
    }

    public static SdgCatalogue in(UnLanguage language) {
        return new SdgCatalogue(language.tag(), SustainableDevelopmentGoals.targetCount(), SustainableDevelopmentGoals.GOALS.stream()
                .map(goal -> new Goal(goal.number(), goal.title(language), goal.targets())).toList());
    }
}

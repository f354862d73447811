package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.StateResponse;

@Schema(name = "RecommendationMatrix", description = "A State's recommendations clustered by theme, with the State's responses and"
        + " their implementation, and the SDGs they cover; every count is summed from the recommendations")
public record RecommendationMatrix(
        @Schema(examples = "KHM") String state,
        @Schema(description = "The cycle, or null for every cycle and mechanism", examples = "3") Integer cycle,
        @Schema(description = "Language of the labels", examples = "en") String language,
        @Schema(examples = "198") long recommendations,
        List<Labelled> byResponse,
        List<Labelled> byImplementationStatus,
        @Schema(description = "One row per theme with recommendations, then \"theme\": null for those without a theme; a"
                + " recommendation counts under each of its themes") List<ThemeRow> themes,
        SdgCoverage sdgCoverage) {

    @Schema(name = "MatrixCount", description = "A count, with its code and label")
    public record Labelled(String code, String label, long count) {
    }

    @Schema(name = "MatrixThemeRow", description = "A theme's recommendations by response and implementation status")
    public record ThemeRow(
            @Schema(description = "A theme code; null for recommendations without a theme") String theme,
            String label,
            long recommendations,
            @Schema(description = "Non-zero counts only") List<Cell> cells) {
    }

    @Schema(name = "MatrixCell", description = "Recommendations of a theme with one response and one implementation status")
    public record Cell(StateResponse response, ImplementationStatus implementationStatus, long count) {
    }

    @Schema(name = "SdgCoverage", description = "The SDG goals and targets the recommendations are linked to")
    public record SdgCoverage(List<GoalCount> goals, List<TargetCount> targets,
            @Schema(description = "Recommendations linked to no goal") long withoutSdg) {
    }

    @Schema(name = "SdgGoalCount")
    public record GoalCount(int goal, String title, long recommendations) {
    }

    @Schema(name = "SdgTargetCount")
    public record TargetCount(String target, int goal, long recommendations) {
    }
}

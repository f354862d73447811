package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.gateway.domain.CountryProfile;
import org.ohchr.uprfund.gateway.domain.ImplementationStatus;
import org.ohchr.uprfund.gateway.domain.ProgressUpdate;
import org.ohchr.uprfund.gateway.domain.Project;
import org.ohchr.uprfund.gateway.domain.Recommendation;
import org.ohchr.uprfund.gateway.domain.RecommendationResponse;
import org.ohchr.uprfund.gateway.domain.Sum;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse.Count;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse.Line;

/** A State's profile: its projects and their spending, the recommendations it received, the SDGs they touch. */
@Schema(name = "CountryProfile", description = "A State as the read model knows it: projects with budget, spent and delivery rate;"
        + " recommendations by response and implementation status; the SDGs touched; the latest progress updates; findings")
public record CountryProfileResponse(
        @Schema(examples = "KHM") String iso3,
        Projects projects,
        @Schema(description = "The State's expenditure by cost category, all dates, project-level and State-level") List<Line> expenditureByCategory,
        Recommendations recommendations,
        @Schema(description = "Goals touched by its recommendations or projects, by goal") List<Sdg> sdgs,
        @Schema(description = "Its latest progress updates, newest first") List<Update> recentProgress,
        List<FindingResponse> findings) {

    @Schema(name = "CountryProjects")
    public record Projects(long count, BigDecimal budgetUsd, BigDecimal spentUsd,
            @Schema(description = "spentUsd / budgetUsd, four decimals; null when the budget is zero", nullable = true) BigDecimal deliveryRate,
            List<ProjectRow> items) {
    }

    @Schema(name = "CountryProject")
    public record ProjectRow(UUID projectId, String code, String title, String status,
            @Schema(nullable = true) String strategicArea, @Schema(nullable = true) LocalDate plannedStart,
            @Schema(nullable = true) LocalDate plannedEnd, @Schema(nullable = true) Integer genderMarker,
            @Schema(description = "The budget now: proposed, approved, then as revised") BigDecimal budgetUsd,
            @Schema(description = "What the budget figure rests on, when its producer says", nullable = true) String budgetNote,
            @Schema(description = "Summed from its expenditure entries, reversals included") BigDecimal spentUsd,
            @Schema(nullable = true) BigDecimal deliveryRate, List<UUID> recommendationIds, List<Integer> sdgGoals) {
    }

    @Schema(name = "CountryRecommendations")
    public record Recommendations(long count, List<Count> byResponse, List<Count> byImplementationStatus) {
    }

    @Schema(name = "CountrySdg")
    public record Sdg(@Schema(examples = "16") int goal, long recommendations, long projects) {
    }

    @Schema(name = "CountryProgressUpdate")
    public record Update(UUID updateId, UUID projectId, LocalDate periodStart, LocalDate periodEnd,
            @Schema(description = "ON_TRACK, MINOR_DELAYS, AT_RISK or OFF_TRACK") String status, String narrative, Instant recordedAt) {
    }

    public static CountryProfileResponse of(CountryProfile profile) {
        List<ProjectRow> rows = profile.projects().stream().map(figures -> {
            Project p = figures.project();
            return new ProjectRow(p.projectId, p.code, p.title, p.status, p.strategicArea, p.plannedStart, p.plannedEnd, p.genderMarker,
                    p.budgetUsd, p.budgetNote, figures.spentUsd(), figures.deliveryRate(), List.of(p.recommendationIds), List.of(p.sdgGoals));
        }).toList();
        List<Line> byCategory = Arrays.stream(CostCategory.values())
                .map(category -> {
                    Sum sum = profile.expenditureByCategory().getOrDefault(category.name(), Sum.NONE);
                    return new Line(category.name(), sum.amountUsd(), sum.entries());
                })
                .toList();
        List<Recommendation> recommendations = profile.recommendations();
        Recommendations byStatus = new Recommendations(recommendations.size(),
                Arrays.stream(RecommendationResponse.values()).map(r -> new Count(r.name(),
                        recommendations.stream().filter(x -> r.name().equals(x.response)).count())).toList(),
                Arrays.stream(ImplementationStatus.values()).map(s -> new Count(s.name(),
                        recommendations.stream().filter(x -> s.name().equals(x.implementationStatus)).count())).toList());
        Map<Integer, long[]> goals = new TreeMap<>();
        recommendations.forEach(r -> Arrays.stream(r.sdgGoals).distinct().forEach(goal -> goals.computeIfAbsent(goal, g -> new long[2])[0]++));
        profile.projects().forEach(f -> Arrays.stream(f.project().sdgGoals).distinct()
                .forEach(goal -> goals.computeIfAbsent(goal, g -> new long[2])[1]++));
        List<Sdg> sdgs = goals.entrySet().stream().map(e -> new Sdg(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<Update> updates = profile.recentProgress().stream().map(CountryProfileResponse::update).toList();
        return new CountryProfileResponse(profile.iso3(), new Projects(rows.size(), profile.budgetUsd(), profile.spentUsd(),
                profile.deliveryRate(), rows), byCategory, byStatus, sdgs, updates, FindingResponse.of(profile.findings()));
    }

    private static Update update(ProgressUpdate u) {
        return new Update(u.updateId, u.projectId, u.periodStart, u.periodEnd, u.status, u.narrative, u.recordedAt);
    }
}

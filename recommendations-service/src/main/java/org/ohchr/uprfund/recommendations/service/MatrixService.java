package org.ohchr.uprfund.recommendations.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.StateResponse;
import org.ohchr.uprfund.recommendations.domain.SustainableDevelopmentGoals;
import org.ohchr.uprfund.recommendations.domain.Theme;
import org.ohchr.uprfund.recommendations.mapping.RecommendationMatrix;
import org.ohchr.uprfund.recommendations.repository.MatrixRepository;
import org.ohchr.uprfund.recommendations.repository.RecommendationFilter;

/**
 * The clustered matrix OHCHR draws up for a State: its recommendations (of one cycle, or all) by theme, response and
 * implementation status, and the SDG goals and targets they cover. Summed by SQL, read in one snapshot.
 */
@ApplicationScoped
@Transactional
public class MatrixService {

    private static final String WITHOUT_THEME_EN = "Without a theme";

    private final MatrixRepository matrix;
    private final ConsistentReads consistentReads;

    MatrixService(MatrixRepository matrix, ConsistentReads consistentReads) {
        this.matrix = matrix;
        this.consistentReads = consistentReads;
    }

    public RecommendationMatrix of(String state, Integer cycle, UnLanguage language) {
        consistentReads.repeatableRead();
        RecommendationFilter filter = new RecommendationFilter(null, state, null, null, cycle, null, null, null, null, null, null, null, null,
                null, null, null);
        Map<StateResponse, Long> byResponse = new EnumMap<>(StateResponse.class);
        Map<ImplementationStatus, Long> byStatus = new EnumMap<>(ImplementationStatus.class);
        long total = 0;
        for (MatrixRepository.Cell cell : matrix.byResponseAndStatus(filter)) {
            byResponse.merge(StateResponse.valueOf(cell.response()), cell.count(), Long::sum);
            byStatus.merge(ImplementationStatus.valueOf(cell.implementationStatus()), cell.count(), Long::sum);
            total += cell.count();
        }
        Map<String, List<RecommendationMatrix.Cell>> cellsByTheme = new HashMap<>();
        Map<String, Long> themeTotals = new HashMap<>();
        for (MatrixRepository.Cell cell : matrix.byTheme(filter)) {
            String theme = cell.theme() == null ? "" : cell.theme();
            cellsByTheme.computeIfAbsent(theme, key -> new ArrayList<>()).add(new RecommendationMatrix.Cell(
                    StateResponse.valueOf(cell.response()), ImplementationStatus.valueOf(cell.implementationStatus()), cell.count()));
            themeTotals.merge(theme, cell.count(), Long::sum);
        }
        List<RecommendationMatrix.ThemeRow> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            if (cellsByTheme.containsKey(theme.name())) {
                themes.add(new RecommendationMatrix.ThemeRow(theme.name(), theme.label(language), themeTotals.get(theme.name()),
                        sorted(cellsByTheme.get(theme.name()))));
            }
        }
        if (cellsByTheme.containsKey("")) {
            themes.add(new RecommendationMatrix.ThemeRow(null, withoutTheme(language), themeTotals.get(""), sorted(cellsByTheme.get(""))));
        }
        List<RecommendationMatrix.GoalCount> goals = matrix.byGoal(filter).stream()
                .map(count -> new RecommendationMatrix.GoalCount(Integer.parseInt(count.code()),
                        SustainableDevelopmentGoals.goal(Integer.parseInt(count.code())).orElseThrow().title(language), count.count()))
                .sorted(Comparator.comparingInt(RecommendationMatrix.GoalCount::goal))
                .toList();
        List<RecommendationMatrix.TargetCount> targets = matrix.byTarget(filter).stream()
                .sorted(Comparator.comparing(MatrixRepository.Count::code, SustainableDevelopmentGoals.TARGET_ORDERING))
                .map(count -> new RecommendationMatrix.TargetCount(count.code(), SustainableDevelopmentGoals.goalOf(count.code()),
                        count.count()))
                .toList();
        return new RecommendationMatrix(state, cycle, language.tag(), total, labelled(byResponse, StateResponse.values(), language),
                labelled(byStatus, ImplementationStatus.values(), language), themes,
                new RecommendationMatrix.SdgCoverage(goals, targets, matrix.withoutSdg(filter)));
    }

    private static List<RecommendationMatrix.Cell> sorted(List<RecommendationMatrix.Cell> cells) {
        return cells.stream().sorted(Comparator.comparing(RecommendationMatrix.Cell::response)
                .thenComparing(RecommendationMatrix.Cell::implementationStatus)).toList();
    }

    private static <E extends Enum<E>> List<RecommendationMatrix.Labelled> labelled(Map<E, Long> counts, E[] all, UnLanguage language) {
        Map<E, Long> ordered = new LinkedHashMap<>();
        for (E value : all) {
            ordered.put(value, counts.getOrDefault(value, 0L));
        }
        return ordered.entrySet().stream().map(entry -> new RecommendationMatrix.Labelled(entry.getKey().name(),
                label(entry.getKey(), language), entry.getValue())).toList();
    }

    private static String label(Enum<?> value, UnLanguage language) {
        if (value instanceof StateResponse response) {
            return response.label(language);
        }
        return ((ImplementationStatus) value).label(language);
    }

    private static String withoutTheme(UnLanguage language) {
        return switch (language) {
            case AR -> "بلا موضوع";
            case ZH -> "无主题";
            case FR -> "Sans thème";
            case RU -> "Без темы";
            case ES -> "Sin tema";
            default -> WITHOUT_THEME_EN;
        };
    }
}

package org.ohchr.uprfund.recommendations.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohchr.uprfund.platform.reference.CodeList;

/**
 * The 17 goals and their 169 targets, the reference a recommendation's SDG links are checked against; the goals' titles
 * are the code list {@code sdg-goals}, which must name exactly these goals.
 */
public final class SustainableDevelopmentGoals {

    public static final List<SdgGoal> GOALS = List.of(
            SdgGoal.of(1, 5, 2),
            SdgGoal.of(2, 5, 3),
            SdgGoal.of(3, 9, 4),
            SdgGoal.of(4, 7, 3),
            SdgGoal.of(5, 6, 3),
            SdgGoal.of(6, 6, 2),
            SdgGoal.of(7, 3, 2),
            SdgGoal.of(8, 10, 2),
            SdgGoal.of(9, 5, 3),
            SdgGoal.of(10, 7, 3),
            SdgGoal.of(11, 7, 3),
            SdgGoal.of(12, 8, 3),
            SdgGoal.of(13, 3, 2),
            SdgGoal.of(14, 7, 3),
            SdgGoal.of(15, 9, 3),
            SdgGoal.of(16, 10, 2),
            SdgGoal.of(17, 19, 0));

    private static final Map<String, Integer> TARGET_ORDER = new HashMap<>();

    static {
        List<String> numbers = GOALS.stream().map(goal -> Integer.toString(goal.number())).toList();
        if (!CodeList.named("sdg-goals").codes().equals(numbers)) {
            throw new IllegalStateException("The code list sdg-goals does not name the goals " + numbers);
        }
        int order = 0;
        for (SdgGoal goal : GOALS) {
            for (String target : goal.targets()) {
                TARGET_ORDER.put(target, order++);
            }
        }
    }

    /** Targets in their official order: 1.1 ... 1.b, 2.1 ..., 16.10 before 16.a. */
    public static final Comparator<String> TARGET_ORDERING = Comparator.comparingInt(target -> TARGET_ORDER.getOrDefault(target,
            Integer.MAX_VALUE));

    private SustainableDevelopmentGoals() {
    }

    public static boolean isGoal(int number) {
        return number >= 1 && number <= GOALS.size();
    }

    public static boolean isTarget(String target) {
        return TARGET_ORDER.containsKey(target);
    }

    public static Optional<SdgGoal> goal(int number) {
        return isGoal(number) ? Optional.of(GOALS.get(number - 1)) : Optional.empty();
    }

    /** The goal of an existing target: 16 for 16.3. */
    public static int goalOf(String target) {
        return Integer.parseInt(target.substring(0, target.indexOf('.')));
    }

    public static int targetCount() {
        return TARGET_ORDER.size();
    }
}

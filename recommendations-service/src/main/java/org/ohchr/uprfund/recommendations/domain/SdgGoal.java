package org.ohchr.uprfund.recommendations.domain;

import java.util.ArrayList;
import java.util.List;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * One of the 17 Sustainable Development Goals of the 2030 Agenda (General Assembly resolution 70/1), with its title in
 * the six UN languages (the code list {@code sdg-goals}, by the goal's number) and its targets as officially numbered:
 * outcome targets by number (5.1 to 5.6), means of implementation by letter (5.a to 5.c).
 */
public record SdgGoal(int number, List<String> targets) {

    private static final CodeList TITLES = CodeList.named("sdg-goals");

    public String title(UnLanguage language) {
        return TITLES.label(Integer.toString(number), language);
    }

    static SdgGoal of(int number, int numberedTargets, int letteredTargets) {
        List<String> targets = new ArrayList<>();
        for (int target = 1; target <= numberedTargets; target++) {
            targets.add(number + "." + target);
        }
        for (int letter = 0; letter < letteredTargets; letter++) {
            targets.add(number + "." + (char) ('a' + letter));
        }
        return new SdgGoal(number, List.copyOf(targets));
    }
}

package org.ohchr.uprfund.recommendations.domain;

import java.util.List;

/** A recommendation that breaks the rules of {@link RecommendationRules}: every problem found, in field order. */
public class InvalidRecommendationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRecommendationException(List<FieldProblem> problems) {
        super(problems.get(0).field() + " " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

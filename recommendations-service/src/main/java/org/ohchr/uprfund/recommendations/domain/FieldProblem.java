package org.ohchr.uprfund.recommendations.domain;

/** What is wrong with one field of a recommendation, named as the JSON API names it ({@code sdgTargets[1]}). */
public record FieldProblem(String field, String message) {
}

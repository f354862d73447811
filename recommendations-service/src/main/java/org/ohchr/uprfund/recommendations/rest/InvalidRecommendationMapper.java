package org.ohchr.uprfund.recommendations.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemResponses;
import org.ohchr.uprfund.recommendations.domain.InvalidRecommendationException;

/** A recommendation that breaks the rules: a 400 problem naming every offending field at once. */
public class InvalidRecommendationMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRecommendationException e, UriInfo uri) {
        return ProblemResponses.of(Problem.invalid(e.problems().stream()
                .map(problem -> new Problem.Violation(problem.field(), problem.message())).toList(), uri.getPath()));
    }
}

package org.ohchr.uprfund.platform.problem;

import jakarta.ws.rs.core.Response;

/** Problems as JAX-RS responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    public static Response of(Problem problem) {
        return builder(problem).build();
    }
}

package org.ohchr.uprfund.projects.domain;

import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/** The caller's token does not cover what the request writes for (another State, or the fund as a whole); answered with 403. */
public class OutOfScopeException extends ProblemException {

    public OutOfScopeException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}

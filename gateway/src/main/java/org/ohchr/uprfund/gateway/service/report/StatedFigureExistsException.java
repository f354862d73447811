package org.ohchr.uprfund.gateway.service.report;

import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/** The report's figure is recorded already: a stated figure is never changed. */
public class StatedFigureExistsException extends ConflictException {

    public StatedFigureExistsException(String detail) {
        super(ProblemType.ALREADY_EXISTS, detail);
    }
}

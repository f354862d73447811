package org.ohchr.uprfund.platform.period;

import java.time.LocalDate;

import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/** An entry dated in a closed accounting period; corrections are entered in the open year. Answered with 409 period-closed. */
public class PeriodClosedException extends ConflictException {

    public PeriodClosedException(String field, LocalDate date, LocalDate closedThrough) {
        super(ProblemType.PERIOD_CLOSED, field + " " + date + " falls in a closed accounting period: the books are closed through "
                + closedThrough + ". Enter the correction in the open year, dated after " + closedThrough + ".");
    }
}

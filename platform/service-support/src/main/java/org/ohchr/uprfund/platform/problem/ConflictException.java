package org.ohchr.uprfund.platform.problem;

/** The request contradicts what the service already holds; answered with 409 and the message as its detail. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }

    /** A conflict of a more precise kind of the catalogue, such as {@link ProblemType#PERIOD_CLOSED}. */
    protected ConflictException(ProblemType type, String detail) {
        super(type, detail);
    }
}

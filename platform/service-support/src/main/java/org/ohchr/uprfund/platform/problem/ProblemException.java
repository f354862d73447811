package org.ohchr.uprfund.platform.problem;

/**
 * A refusal a service states in its own terms, without knowing HTTP: the platform answers it with the problem of its
 * {@link #type()} and the exception's message as the detail. Services throw its subclasses.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;

    protected ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}

package org.ohchr.uprfund.platform.problem;

/**
 * A field of the body, a query parameter or a header that is well-formed but not acceptable; answered with 400 naming
 * it in {@code violations}.
 */
public class InvalidFieldException extends ProblemException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(ProblemType.VALIDATION_FAILED, message);
        this.field = field;
    }

    /** The field as the client names it: {@code amount}, {@code items[2].amount}, the parameter {@code page}. */
    public String field() {
        return field;
    }
}

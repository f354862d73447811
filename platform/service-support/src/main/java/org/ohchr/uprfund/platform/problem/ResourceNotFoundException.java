package org.ohchr.uprfund.platform.problem;

/** What the request names does not exist; answered with 404. */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }

    /** "No pledge 5b0a... exists". */
    public static ResourceNotFoundException of(String what, Object id) {
        return new ResourceNotFoundException("No " + what + " " + id + " exists");
    }
}

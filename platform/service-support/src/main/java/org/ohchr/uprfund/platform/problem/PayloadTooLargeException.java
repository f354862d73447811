package org.ohchr.uprfund.platform.problem;

/** The request body is larger than the service accepts; answered with 413, and the connection is closed. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limitBytes) {
        super(ProblemType.PAYLOAD_TOO_LARGE, detail(limitBytes));
    }

    public static String detail(long limitBytes) {
        return "The request body exceeds the " + limitBytes + " bytes this service accepts";
    }
}

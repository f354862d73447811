package org.ohchr.uprfund.recommendations.rest;

import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ProblemType;

/** An import sent as anything but UTF-8 CSV: answered with 415 and what to send instead. */
class UnsupportedCsvMediaTypeException extends ProblemException {

    UnsupportedCsvMediaTypeException(String contentType) {
        super(ProblemType.UNSUPPORTED_MEDIA_TYPE, (contentType == null ? "The request has no Content-Type"
                : "The body is " + (contentType.length() > 80 ? contentType.substring(0, 80) + "..." : contentType))
                + "; send the file as text/csv; charset=utf-8");
    }
}

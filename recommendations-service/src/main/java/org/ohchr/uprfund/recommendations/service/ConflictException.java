package org.ohchr.uprfund.recommendations.service;

/** The request contradicts what the fund already holds (a duplicate, a stale version); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

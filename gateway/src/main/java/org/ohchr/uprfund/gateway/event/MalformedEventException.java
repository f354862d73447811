package org.ohchr.uprfund.gateway.event;

/** A record on a fund topic that is not an event the gateway can read; it stops consumption rather than be skipped. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}

package org.ohchr.uprfund.gateway.domain;

/** Why a record of a fund topic was not applied to the read model. */
public enum EventFailure {
    /** Not a CloudEvents 1.0 JSON envelope the gateway can read (not UTF-8, not JSON, no id...). */
    MALFORMED,
    /** A type the gateway does not apply, or one that does not belong on the topic it came from. */
    UNKNOWN_TYPE,
    /** Its data breaks the producer's schema: a property missing, of the wrong type or outside its range. */
    SCHEMA,
    /** Well-formed, but the read model cannot take it (the aggregate it changes is unknown, a conflicting fact...). */
    UNAPPLIABLE
}

package org.ohchr.uprfund.platform.inbox;

/** What became of a record: applied, ignored as a redelivery of an event applied before, or parked. */
public enum InboxOutcome { APPLIED, DUPLICATE, PARKED }

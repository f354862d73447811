package org.ohchr.uprfund.recommendations.event;

import java.util.UUID;

/** An event that exists only in tests, to exercise the outbox relay before the service has domain events. */
record RelayProbe(UUID probeId, String label) implements FundEvent {

    @Override
    public String aggregateType() {
        return "Probe";
    }

    @Override
    public UUID aggregateId() {
        return probeId;
    }
}

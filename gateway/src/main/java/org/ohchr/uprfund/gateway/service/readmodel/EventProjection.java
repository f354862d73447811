package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Applies the events of some types to the read model, inside {@link EventApplier}'s transaction. One bean per aggregate
 * (donors, pledges, projects...); the applier finds them all and calls the one for the event's type, once the data has
 * passed its producer's schema. A projection binds the data to its payload record
 * ({@link org.ohchr.uprfund.gateway.event.EventPayload}) and throws
 * {@link org.ohchr.uprfund.gateway.event.EventRejectedException} for an event it cannot take: it is then parked.
 */
public interface EventProjection {

    /** The CloudEvents types handled, such as {@code org.ohchr.uprfund.contributions.DonorRegistered}. */
    Set<String> eventTypes();

    void apply(CloudEventEnvelope event);
}

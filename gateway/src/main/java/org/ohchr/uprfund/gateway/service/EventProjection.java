package org.ohchr.uprfund.gateway.service;

import org.ohchr.uprfund.gateway.event.CloudEventEnvelope;

/**
 * Applies the events of one type to the read model. One bean per event type (DonorProjection, ...);
 * {@link EventApplier} finds them all and calls the one whose type matches, inside its transaction.
 */
public interface EventProjection {

    /** The CloudEvents {@code type} handled, such as {@code org.ohchr.uprfund.contributions.DonorRegistered}. */
    String eventType();

    void apply(CloudEventEnvelope event);
}

package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.DonorKind;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.contributions.DonorRegistered}: a donor was added to the fund's register. */
public record DonorRegistered(UUID donorId, String name, DonorKind kind, String iso3, Instant registeredAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.DonorRegistered";

    public static DonorRegistered from(CloudEventEnvelope event) {
        return EventPayload.bind(event, DonorRegistered.class);
    }
}

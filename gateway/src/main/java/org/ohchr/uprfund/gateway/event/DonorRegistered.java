package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code org.ohchr.uprfund.contributions.DonorRegistered}, as contributions-service publishes it
 * (its schema: contributions-service, {@code META-INF/resources/events/DonorRegistered.json}).
 */
public record DonorRegistered(UUID donorId, String name, String kind, String iso3, Instant registeredAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.DonorRegistered";
}

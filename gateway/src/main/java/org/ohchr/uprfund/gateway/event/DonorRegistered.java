package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Payload of {@code org.ohchr.uprfund.contributions.DonorRegistered}, as contributions-service publishes it
 * (its schema: contributions-service, {@code META-INF/resources/events/DonorRegistered.json}). Properties a later
 * version of the event adds are ignored: a consumer must not break on an additive change of its producer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DonorRegistered(UUID donorId, String name, String kind, String iso3, Instant registeredAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.DonorRegistered";
}

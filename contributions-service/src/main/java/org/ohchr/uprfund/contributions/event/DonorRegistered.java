package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.Donor;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.platform.outbox.FundEvent;

/** A donor was added to the fund's register. Schema: {@code META-INF/resources/events/DonorRegistered.json}. */
public record DonorRegistered(UUID donorId, String name, DonorKind kind, String iso3, Instant registeredAt) implements FundEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.DonorRegistered";

    public static DonorRegistered of(Donor donor) {
        return new DonorRegistered(donor.id, donor.name, donor.kind, donor.iso3, donor.registeredAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "Donor";
    }

    @Override
    public UUID aggregateId() {
        return donorId;
    }
}

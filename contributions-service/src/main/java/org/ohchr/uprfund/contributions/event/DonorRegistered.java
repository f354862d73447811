package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.contributions.Donor;
import org.ohchr.uprfund.contributions.DonorKind;

/** A donor was added to the fund's register. Schema: {@code META-INF/resources/events/DonorRegistered.json}. */
public record DonorRegistered(UUID donorId, String name, DonorKind kind, String iso3, Instant registeredAt) implements FundEvent {

    public static DonorRegistered of(Donor donor) {
        return new DonorRegistered(donor.id, donor.name, donor.kind, donor.iso3, donor.registeredAt);
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

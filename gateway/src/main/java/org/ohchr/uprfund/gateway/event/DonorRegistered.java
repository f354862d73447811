package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.DonorKind;

/** Data of {@code org.ohchr.uprfund.contributions.DonorRegistered}: a donor was added to the fund's register. */
public record DonorRegistered(UUID donorId, String name, DonorKind kind, String iso3, Instant registeredAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.DonorRegistered";

    public static DonorRegistered from(EventData data) {
        DonorKind kind = data.constant("kind", DonorKind.class);
        String iso3 = data.iso3OrNull("iso3");
        if ((kind == DonorKind.STATE) != (iso3 != null)) {
            throw EventRejectedException.schema("DonorRegistered: data.iso3 must be given for a State and only for a State");
        }
        return new DonorRegistered(data.uuid("donorId"), data.text("name", 200), kind, iso3, data.instant("registeredAt"));
    }
}

package org.ohchr.uprfund.contributions.mapping;

import org.ohchr.uprfund.contributions.domain.Donor;

public final class DonorMapper {

    private DonorMapper() {
    }

    public static DonorResponse toResponse(Donor donor) {
        return new DonorResponse(donor.id, donor.name, donor.kind, donor.iso3, donor.registeredAt, donor.version);
    }
}

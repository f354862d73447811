package org.ohchr.uprfund.contributions.mapping;

import org.ohchr.uprfund.contributions.domain.Donor;
import org.ohchr.uprfund.platform.classification.DonorName;

public final class DonorMapper {

    private DonorMapper() {
    }

    public static DonorResponse toResponse(Donor donor) {
        return new DonorResponse(donor.id, DonorName.of(donor.name, donor.kind.name()), donor.kind, donor.iso3, donor.registeredAt,
                donor.version);
    }
}

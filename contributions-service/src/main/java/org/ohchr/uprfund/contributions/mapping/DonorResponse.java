package org.ohchr.uprfund.contributions.mapping;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.platform.classification.DonorName;
import org.ohchr.uprfund.platform.classification.VisibleTo;

@Schema(name = "Donor", description = "A State or another body that contributes to the fund")
public record DonorResponse(
        UUID id,
        @Schema(implementation = String.class, examples = "Norway", description = "The donor's name. " + VisibleTo.PRIVATE_DONOR_NAME)
        DonorName name,
        DonorKind kind,
        @Schema(description = "ISO 3166-1 alpha-3 code of a State; null for other donors", nullable = true) String iso3,
        Instant registeredAt,
        long version) {
}

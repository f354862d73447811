package org.ohchr.uprfund.contributions.mapping;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.DonorKind;

@Schema(name = "Donor", description = "A State or another body that contributes to the fund")
public record DonorResponse(
        UUID id,
        String name,
        DonorKind kind,
        @Schema(description = "ISO 3166-1 alpha-3 code of a State; null for other donors", nullable = true) String iso3,
        Instant registeredAt,
        long version) {
}

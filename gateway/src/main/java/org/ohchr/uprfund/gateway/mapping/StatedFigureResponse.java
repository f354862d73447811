package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.StatedFigure;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.Classified;
import org.ohchr.uprfund.platform.classification.VisibleTo;

@Schema(name = "StatedFigure", description = "A figure as a published report states it, recorded by a fund manager")
public record StatedFigureResponse(
        UUID id,
        String report,
        String figure,
        @Schema(nullable = true) BigDecimal valueUsd,
        @Schema(nullable = true) List<String> donors,
        @Schema(nullable = true) String note,
        @Classified(Audience.FUND_MANAGEMENT)
        @Schema(description = "Who recorded it. " + VisibleTo.FUND_MANAGEMENT) String recordedBy,
        Instant recordedAt) {

    public static StatedFigureResponse of(StatedFigure figure) {
        return new StatedFigureResponse(figure.id, figure.report, figure.figure, figure.valueUsd,
                figure.donors == null ? null : List.of(figure.donors), figure.note, figure.recordedBy, figure.recordedAt);
    }
}

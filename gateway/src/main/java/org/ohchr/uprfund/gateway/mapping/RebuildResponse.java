package org.ohchr.uprfund.gateway.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.Rebuild;
import org.ohchr.uprfund.gateway.domain.RebuildDifference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@Schema(name = "Rebuild", description = "A rebuild of the read model from offset zero into a fresh schema, compared with the live"
        + " one figure by figure")
public record RebuildResponse(
        UUID id,
        @Schema(description = "RUNNING, DONE or FAILED") Rebuild.Status status,
        String requestedBy,
        Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "Records read from the topics") long recordsRead,
        @Schema(description = "Figures compared (fund status, statements, contributions table, country profiles, per topic events"
                + " applied and parked)") int figuresCompared,
        @Schema(description = "True when every figure of the rebuilt model equals the live one; null until done", nullable = true)
        Boolean equal,
        @Schema(description = "The figures that differ; empty when equal, null until done", nullable = true) List<FigureDifference> differences,
        @Schema(description = "Why it failed", nullable = true) String failure) {

    @Schema(name = "RebuildDifference")
    public record FigureDifference(@Schema(examples = "statement.2020.CLOSING_BALANCE") String figure,
            @Schema(description = "As the live model has it; null when absent there", nullable = true) String live,
            @Schema(description = "As the rebuilt model has it; null when absent there", nullable = true) String rebuilt) {
    }

    public static RebuildResponse of(Rebuild rebuild, ObjectMapper json) {
        List<FigureDifference> differences = null;
        if (rebuild.differences != null) {
            try {
                differences = List.of(json.readValue(rebuild.differences, RebuildDifference[].class)).stream()
                        .map(d -> new FigureDifference(d.figure(), d.live(), d.rebuilt())).toList();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Differences of rebuild " + rebuild.id + " are unreadable", e);
            }
        }
        return new RebuildResponse(rebuild.id, rebuild.status, rebuild.requestedBy, rebuild.startedAt, rebuild.finishedAt,
                rebuild.recordsRead, rebuild.figuresCompared, rebuild.equal, differences, rebuild.failure);
    }
}

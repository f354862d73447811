package org.ohchr.uprfund.gateway.mapping;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.gateway.domain.EventFailure;

/** A parked record, as a fund manager sees it: where it sat, what it held, why it was not applied, what became of it. */
@Schema(name = "DeadLetter", description = "A record of a fund topic the read model did not apply, parked with why")
public record DeadLetterResponse(
        UUID id,
        @Schema(examples = "fund.projects.v1") String topic,
        int partition,
        long offset,
        @Schema(description = "The record's key, as UTF-8 text", nullable = true) String key,
        @Schema(description = "The record's value, as UTF-8 text (bytes that are not UTF-8 show as U+FFFD)", nullable = true) String value,
        @Schema(description = "The record's value byte for byte, in base64", nullable = true) String valueBase64,
        @Schema(description = "The broker's timestamp of the record", nullable = true) Instant timestamp,
        @Schema(description = "The CloudEvent's id, when it could be read", nullable = true) UUID eventId,
        @Schema(nullable = true) String eventSource,
        @Schema(nullable = true) String eventType,
        @Schema(description = "MALFORMED, UNKNOWN_TYPE, SCHEMA or UNAPPLIABLE") EventFailure failure,
        String reason,
        Instant parkedAt,
        @Schema(description = "PARKED (not applied), APPLIED or DUPLICATE (by a replay)") DeadLetter.Status status,
        int replays,
        @Schema(nullable = true) Instant lastReplayedAt,
        @Schema(nullable = true) Instant resolvedAt) {

    public static DeadLetterResponse of(DeadLetter letter) {
        return new DeadLetterResponse(letter.id, letter.topic, letter.partition, letter.offset, text(letter.key), text(letter.value),
                letter.value == null ? null : Base64.getEncoder().encodeToString(letter.value), letter.timestamp, letter.eventId,
                letter.eventSource, letter.eventType, letter.failure, letter.reason, letter.parkedAt, letter.status, letter.replays,
                letter.lastReplayedAt, letter.resolvedAt);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}

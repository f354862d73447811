package org.ohchr.uprfund.gateway.domain;

/** A figure whose value differs after a rebuild: as the live model has it, as the rebuilt one has it (null: absent there). */
public record RebuildDifference(String figure, String live, String rebuilt) {
}

package org.ohchr.uprfund.gateway.domain;

/** What a replay of every parked record did. */
public record ReplaySummary(int replayed, int applied, int duplicates, int stillParked) {
}

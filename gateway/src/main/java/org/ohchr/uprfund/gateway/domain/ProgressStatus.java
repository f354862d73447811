package org.ohchr.uprfund.gateway.domain;

/** How a field office rates a project's progress for a period. */
public enum ProgressStatus {
    ON_TRACK, MINOR_DELAYS, AT_RISK, OFF_TRACK
}

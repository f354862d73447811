package org.ohchr.uprfund.contributions.domain;

/** Why the unpaid part of a pledge will not be collected: withdrawn by the donor, or written off by the fund. */
public enum PledgeCancellationReason {
    CANCELLED,
    WRITTEN_OFF;

    public PledgeStatus status() {
        return this == CANCELLED ? PledgeStatus.CANCELLED : PledgeStatus.WRITTEN_OFF;
    }
}

package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The fact that the unpaid part of a pledge was cancelled or written off; at most one per pledge, never removed. */
@Entity
@Table(name = "pledge_cancellation")
public class PledgeCancellation {

    @Id
    @Column(name = "pledge_id")
    public UUID pledgeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PledgeCancellationReason reason;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    /** What was still outstanding, in the pledge's currency, and so will not be collected. */
    @Column(name = "outstanding_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal outstandingAmount;

    /** {@link #outstandingAmount} at the pledge's rate, scale 2, half-even. */
    @Column(name = "outstanding_usd", nullable = false, precision = 19, scale = 2)
    public BigDecimal outstandingUsd;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;
}

package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The unpaid part of a pledge cancelled or written off, from PledgeCancelled: nothing is outstanding on it after. */
@Entity
@Table(name = "fund_pledge_cancellation")
public class PledgeCancellation {

    @Id
    @Column(name = "pledge_id")
    public UUID pledgeId;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    /** CANCELLED or WRITTEN_OFF. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "outstanding_amount", nullable = false)
    public BigDecimal outstandingAmount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "outstanding_usd", nullable = false)
    public BigDecimal outstandingUsd;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

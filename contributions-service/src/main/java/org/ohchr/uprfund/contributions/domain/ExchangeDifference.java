package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The exchange gain (positive) or loss (negative) in US dollars that arose when a contribution paid a pledge made in
 * another currency at a different rate; recorded by the service with the contribution, reversed with it.
 */
@Entity
@Table(name = "exchange_difference")
public class ExchangeDifference {

    @Id
    public UUID id;

    /** The contribution (or reversal entry) it arose from. */
    @Column(name = "contribution_id", nullable = false)
    public UUID contributionId;

    @Column(name = "pledge_id", nullable = false)
    public UUID pledgeId;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    /** Set on the negative row that reverses an earlier difference. */
    @Column(name = "reverses_id")
    public UUID reversesId;

    /** The accounting date: the date the contribution (or its reversal) was received. */
    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    /** The amount applied to the pledge, in {@link #currency}; negative on a reversal. */
    @Column(name = "amount_applied", nullable = false, precision = 19, scale = 4)
    public BigDecimal amountApplied;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "pledge_usd_per_unit", nullable = false, precision = 19, scale = 10)
    public BigDecimal pledgeUsdPerUnit;

    @Column(name = "receipt_usd_per_unit", nullable = false, precision = 19, scale = 10)
    public BigDecimal receiptUsdPerUnit;

    /** amountApplied x (receipt rate - pledge rate), scale 2, half-even: a gain when positive, a loss when negative. */
    @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2)
    public BigDecimal amountUsd;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

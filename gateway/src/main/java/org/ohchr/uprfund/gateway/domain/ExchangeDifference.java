package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An exchange gain (positive) or loss (negative) on a pledge paid at another rate than the pledge's, from
 * ExchangeDifferenceRecorded; it is part of the contribution's value at receipt, shown apart.
 */
@Entity
@Table(name = "fund_exchange_difference")
public class ExchangeDifference {

    @Id
    @Column(name = "exchange_difference_id")
    public UUID exchangeDifferenceId;

    @Column(name = "reverses_exchange_difference_id")
    public UUID reversesExchangeDifferenceId;

    @Column(name = "contribution_id", nullable = false)
    public UUID contributionId;

    @Column(name = "pledge_id", nullable = false)
    public UUID pledgeId;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(name = "amount_applied", nullable = false)
    public BigDecimal amountApplied;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_usd", nullable = false)
    public BigDecimal amountUsd;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A donor's pledge, from PledgeRecorded. */
@Entity
@Table(name = "fund_pledge")
public class Pledge {

    @Id
    @Column(name = "pledge_id")
    public UUID pledgeId;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "usd_per_unit", nullable = false)
    public BigDecimal usdPerUnit;

    @Column(name = "amount_usd", nullable = false)
    public BigDecimal amountUsd;

    @Column(name = "pledged_on", nullable = false)
    public LocalDate pledgedOn;

    /** A year (2020) or a biennium (2016-2017). */
    @Column(nullable = false)
    public String period;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

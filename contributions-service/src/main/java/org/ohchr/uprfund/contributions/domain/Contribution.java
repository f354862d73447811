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
 * Money received from a donor, as received, with its US dollar value at receipt; or, when {@link #reversesId} is set,
 * a negative entry correcting an earlier one. Entries are never updated or deleted.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    public UUID id;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    /** The pledge this entry pays (or, for a reversal, un-pays); null for money received without a pledge. */
    @Column(name = "pledge_id")
    public UUID pledgeId;

    /** Date received; for a reversal, the date of the correction. */
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** In {@link #currency}; positive, or negative for a reversal. */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    /** US dollars per unit of {@link #currency} at receipt; 1 for USD. */
    @Column(name = "usd_per_unit", nullable = false, precision = 19, scale = 10)
    public BigDecimal usdPerUnit;

    /** US dollar value at receipt, scale 2, half-even; negative for a reversal. */
    @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2)
    public BigDecimal amountUsd;

    /** The period it counts for in Table 2. */
    @Column(name = "period_first_year", nullable = false)
    public int periodFirstYear;

    @Column(name = "period_last_year", nullable = false)
    public int periodLastYear;

    @Column(name = "bank_reference", length = 100)
    public String bankReference;

    /** Set on a reversal: the entry it corrects. */
    @Column(name = "reverses_id")
    public UUID reversesId;

    /** Why a reversal was made. */
    @Column(length = 500)
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    public Period period() {
        return new Period(periodFirstYear, periodLastYear);
    }

    public boolean isReversal() {
        return reversesId != null;
    }
}

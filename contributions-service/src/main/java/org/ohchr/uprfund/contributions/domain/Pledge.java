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
 * A donor's promise to pay an amount, in its currency, for a period. Never updated: what has been paid, and a
 * cancellation or write-off, are recorded as their own rows, from which the pledge's status is derived.
 */
@Entity
@Table(name = "pledge")
public class Pledge {

    @Id
    public UUID id;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    /** In {@link #currency}, at its number of decimals. */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    /** ISO 4217 code. */
    @Column(nullable = false, length = 3)
    public String currency;

    /** US dollars per unit of {@link #currency} at the date pledged; 1 for USD. */
    @Column(name = "usd_per_unit", nullable = false, precision = 19, scale = 10)
    public BigDecimal usdPerUnit;

    /** {@link #amount} at {@link #usdPerUnit}, scale 2, half-even. */
    @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2)
    public BigDecimal amountUsd;

    @Column(name = "pledged_on", nullable = false)
    public LocalDate pledgedOn;

    @Column(name = "period_first_year", nullable = false)
    public int periodFirstYear;

    @Column(name = "period_last_year", nullable = false)
    public int periodLastYear;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Who recorded it: the {@code upn} of the token. */
    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    public Period period() {
        return new Period(periodFirstYear, periodLastYear);
    }
}

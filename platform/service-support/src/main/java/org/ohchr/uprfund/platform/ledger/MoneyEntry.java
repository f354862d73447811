package org.ohchr.uprfund.platform.ledger;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The money columns of an entry made in a donor's currency (a pledge, a contribution received or reversed), as every
 * table that keeps one names them: the amount in its currency, the rate it was valued at and its US dollar value. The
 * columns' sizes are each table's own, set by its migrations.
 */
@MappedSuperclass
public abstract class MoneyEntry {

    /** In {@link #currency}, at its number of decimals (the column keeps four); negative on a reversal. */
    @Column(nullable = false)
    public BigDecimal amount;

    /** ISO 4217 code. */
    @Column(nullable = false, length = 3)
    public String currency;

    /** US dollars per unit of {@link #currency} that the entry was valued at (ten decimals); 1 for USD. */
    @Column(name = "usd_per_unit", nullable = false)
    public BigDecimal usdPerUnit;

    /**
     * The US dollar value, scale 2: {@link #amount} at {@link #usdPerUnit}, rounded half-even; on a reversal, the part of
     * the reversed entry's value it takes back (negative, or zero).
     */
    @Column(name = "amount_usd", nullable = false)
    public BigDecimal amountUsd;
}

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
 * An audited fund balance, from BalanceCarriedForward: the balance at the start of its date, which includes every entry
 * dated before that day. Figures roll forward from the latest one at or before the date asked for.
 */
@Entity
@Table(name = "fund_balance")
public class Balance {

    @Id
    @Column(name = "balance_id")
    public UUID balanceId;

    @Column(name = "balance_date", nullable = false)
    public LocalDate balanceDate;

    @Column(name = "amount_usd", nullable = false)
    public BigDecimal amountUsd;

    @Column(nullable = false)
    public String source;

    public String reference;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

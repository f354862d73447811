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
 * An audited fund balance carried forward: the fund's balance at the start of {@link #balanceDate}, which includes
 * every entry dated before that day. Fund status rolls forward from the latest one; it is never updated or deleted.
 */
@Entity
@Table(name = "balance_carried_forward")
public class Balance {

    @Id
    public UUID id;

    @Column(name = "balance_date", nullable = false, unique = true, updatable = false)
    public LocalDate balanceDate;

    @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2, updatable = false)
    public BigDecimal amountUsd;

    /** Where the figure comes from, such as the audited financial statements of the year before. */
    @Column(nullable = false, length = 300, updatable = false)
    public String source;

    /** A document symbol, page or line in that source. */
    @Column(length = 300, updatable = false)
    public String reference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** Who recorded it (the token's {@code upn}); kept for audit, not published. */
    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    public String recordedBy;
}

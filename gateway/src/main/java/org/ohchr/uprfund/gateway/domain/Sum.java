package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;

/** A US dollar sum of entries and how many were summed, reversals included. */
public record Sum(BigDecimal amountUsd, long entries) {

    public static final Sum NONE = new Sum(Money.ZERO, 0);

    public static Sum of(BigDecimal amountUsd, Number entries) {
        return new Sum(Money.usd(amountUsd), entries == null ? 0 : entries.longValue());
    }

    public Sum plus(Sum other) {
        return new Sum(amountUsd.add(other.amountUsd), entries + other.entries);
    }

    public Sum minus(Sum other) {
        return new Sum(amountUsd.subtract(other.amountUsd), entries + other.entries);
    }
}

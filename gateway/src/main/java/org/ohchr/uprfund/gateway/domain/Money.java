package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** US dollars as the suite keeps them: scale 2, rounded half-even. */
public final class Money {

    public static final int USD_SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(USD_SCALE);

    private Money() {
    }

    /** A sum from the database (null when nothing was summed) at scale 2. */
    public static BigDecimal usd(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(USD_SCALE, RoundingMode.HALF_EVEN);
    }

    /** An amount in a currency at a rate of US dollars per unit, rounded half-even to the cent. */
    public static BigDecimal toUsd(BigDecimal amount, BigDecimal usdPerUnit) {
        return amount.multiply(usdPerUnit).setScale(USD_SCALE, RoundingMode.HALF_EVEN);
    }
}

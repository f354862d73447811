package org.ohchr.uprfund.projects.event;

import java.math.BigDecimal;

/** Money in event data: a JSON string holding a plain decimal with exactly two decimals ("5647.59", "-5647.59"). */
final class Money {

    private Money() {
    }

    static String of(BigDecimal usd) {
        return usd == null ? null : usd.setScale(2).toPlainString();
    }
}

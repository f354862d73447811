package org.ohchr.uprfund.contributions.mapping;

import org.ohchr.uprfund.contributions.Balance;

public final class BalanceMapper {

    private BalanceMapper() {
    }

    public static BalanceResponse toResponse(Balance balance) {
        return new BalanceResponse(balance.id, balance.balanceDate, balance.amountUsd, balance.source, balance.reference,
                balance.recordedAt);
    }
}

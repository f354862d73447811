package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Balance;
import org.ohchr.uprfund.gateway.domain.YearClosure;
import org.ohchr.uprfund.gateway.event.AccountingYearClosed;
import org.ohchr.uprfund.gateway.event.BalanceCarriedForward;
import org.ohchr.uprfund.gateway.repository.BalanceRepository;
import org.ohchr.uprfund.gateway.repository.YearClosureRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** BalanceCarriedForward (the audited balances figures roll forward from) and AccountingYearClosed. */
@ApplicationScoped
public class BalanceProjection implements EventProjection {

    private final BalanceRepository balances;
    private final YearClosureRepository closures;

    BalanceProjection(BalanceRepository balances, YearClosureRepository closures) {
        this.balances = balances;
        this.closures = closures;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(BalanceCarriedForward.TYPE, AccountingYearClosed.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        if (event.type().equals(BalanceCarriedForward.TYPE)) {
            BalanceCarriedForward carried = BalanceCarriedForward.from(event);
            Balance balance = new Balance();
            balance.balanceId = carried.balanceId();
            balance.balanceDate = carried.balanceDate();
            balance.amountUsd = carried.amountUsd();
            balance.source = carried.source();
            balance.reference = carried.reference();
            balance.recordedAt = carried.recordedAt();
            balances.persist(balance);
        } else {
            AccountingYearClosed closed = AccountingYearClosed.from(event);
            YearClosure closure = new YearClosure();
            closure.eventId = event.id();
            closure.closedYear = closed.year();
            closure.closedThrough = closed.closedThrough();
            closure.note = closed.note();
            closure.closedAt = closed.closedAt();
            closures.persist(closure);
        }
    }
}

package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.YearClosing;
import org.ohchr.uprfund.gateway.domain.YearClosingConfirmation;
import org.ohchr.uprfund.gateway.event.AccountingYearClosingConfirmed;
import org.ohchr.uprfund.gateway.event.AccountingYearClosingRequested;
import org.ohchr.uprfund.gateway.repository.YearClosingConfirmationRepository;
import org.ohchr.uprfund.gateway.repository.YearClosingRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * A year's closing while it is closing: the request (AccountingYearClosingRequested) and the ledgers' confirmations
 * (AccountingYearClosingConfirmed). The year is closed by AccountingYearClosed ({@link BalanceProjection}).
 */
@ApplicationScoped
public class YearClosingProjection implements EventProjection {

    private final YearClosingRepository closings;
    private final YearClosingConfirmationRepository confirmations;

    YearClosingProjection(YearClosingRepository closings, YearClosingConfirmationRepository confirmations) {
        this.closings = closings;
        this.confirmations = confirmations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(AccountingYearClosingRequested.TYPE, AccountingYearClosingConfirmed.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        if (event.type().equals(AccountingYearClosingRequested.TYPE)) {
            AccountingYearClosingRequested requested = AccountingYearClosingRequested.from(event);
            YearClosing closing = new YearClosing();
            closing.eventId = event.id();
            closing.closingYear = requested.year();
            closing.closedThrough = requested.closedThrough();
            closing.note = requested.note();
            closing.requestedAt = requested.requestedAt();
            closings.persist(closing);
        } else {
            AccountingYearClosingConfirmed confirmed = AccountingYearClosingConfirmed.from(event);
            YearClosingConfirmation confirmation = new YearClosingConfirmation();
            confirmation.eventId = event.id();
            confirmation.confirmedYear = confirmed.year();
            confirmation.ledger = confirmed.ledger();
            confirmation.requestEventId = confirmed.requestEventId();
            confirmation.confirmedAt = confirmed.confirmedAt();
            confirmations.persist(confirmation);
        }
    }
}

package org.ohchr.uprfund.projects.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.period.ClosedPeriods;
import org.ohchr.uprfund.platform.period.PeriodLock;
import org.ohchr.uprfund.projects.domain.BookClosing;
import org.ohchr.uprfund.projects.domain.ClosedPeriod;
import org.ohchr.uprfund.projects.event.AccountingYearClosingConfirmed;
import org.ohchr.uprfund.projects.repository.ClosedPeriodRepository;

/**
 * The closed accounting periods of this ledger. Every transaction that records expenditure asks {@link #forEntry()}
 * first and refuses a date in a closed period; closings arrive through {@link #apply}. A request to close a year is
 * confirmed by applying it: from that commit this ledger refuses expenditure dated in the year, and its confirmation
 * (AccountingYearClosingConfirmed) is published through the outbox from the same transaction, so that contributions-service
 * can close the year for the whole fund.
 */
@ApplicationScoped
@Transactional
public class ClosedPeriodService {

    private static final Logger LOG = Logger.getLogger(ClosedPeriodService.class);

    private final ClosedPeriodRepository closings;
    private final PeriodLock lock;
    private final EventOutbox outbox;

    ClosedPeriodService(ClosedPeriodRepository closings, PeriodLock lock, EventOutbox outbox) {
        this.closings = closings;
        this.lock = lock;
        this.outbox = outbox;
    }

    /** The closed periods an entry recorded in this transaction must respect; no closing is applied until it commits. */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forEntry() {
        return lock.forEntry(this::current);
    }

    /**
     * Applies a closing once: an event already applied (a redelivery) changes nothing. It waits for the entries being
     * recorded, and they for it. A request to close a year is confirmed, and the confirmation published, in the same
     * transaction: this ledger never confirms without refusing, nor refuses without confirming.
     *
     * @return true when it was new
     */
    public boolean apply(@NotNull BookClosing closing) {
        lock.forClosing();
        if (closings.findByIdOptional(closing.eventId()).isPresent()) {
            LOG.debugf("Closing %s applied before; ignored", closing.eventId());
            return false;
        }
        ClosedPeriod period = new ClosedPeriod();
        period.eventId = closing.eventId();
        period.eventType = closing.eventType();
        period.closedThrough = closing.closedThrough();
        period.year = closing.year();
        period.balanceDate = closing.balanceDate();
        period.occurredAt = closing.occurredAt();
        period.appliedAt = Instant.now();
        closings.persist(period);
        if (closing.asksForConfirmation()) {
            outbox.record(AccountingYearClosingConfirmed.of(period));
            LOG.infof("Closing of %d confirmed", period.year);
        }
        LOG.infof("Books closed through %s (%s %s)", period.closedThrough, period.eventType, period.eventId);
        return true;
    }

    @Transactional(TxType.SUPPORTS)
    public ClosedPeriods current() {
        return new ClosedPeriods(closings.closedThrough().orElse(null));
    }

    @Transactional(TxType.SUPPORTS)
    public List<ClosedPeriod> closings() {
        return closings.listByDate();
    }
}

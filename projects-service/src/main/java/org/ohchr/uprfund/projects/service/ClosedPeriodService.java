package org.ohchr.uprfund.projects.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.projects.domain.BookClosing;
import org.ohchr.uprfund.projects.domain.ClosedPeriod;
import org.ohchr.uprfund.projects.domain.ClosedPeriods;
import org.ohchr.uprfund.projects.repository.ClosedPeriodRepository;

/**
 * The closed accounting periods, as contributions-service closes them. Every transaction that records expenditure asks
 * {@link #forEntry()} first and refuses a date in a closed period; closings arrive through {@link #apply}.
 */
@ApplicationScoped
@Transactional
public class ClosedPeriodService {

    private static final Logger LOG = Logger.getLogger(ClosedPeriodService.class);

    private final ClosedPeriodRepository closings;

    ClosedPeriodService(ClosedPeriodRepository closings) {
        this.closings = closings;
    }

    /** The closed periods an entry recorded in this transaction must respect; no closing is applied until it commits. */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forEntry() {
        closings.lockForEntry();
        return current();
    }

    /**
     * Applies a closing once: an event already applied (a redelivery) changes nothing. It waits for the entries being
     * recorded, and they for it.
     *
     * @return true when it was new
     */
    public boolean apply(@NotNull BookClosing closing) {
        closings.lockForClosing();
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

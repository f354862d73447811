package org.ohchr.uprfund.contributions.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.contributions.domain.AccountingYearClosing;
import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;
import org.ohchr.uprfund.contributions.domain.AccountingYears;
import org.ohchr.uprfund.contributions.domain.FundLedgers;
import org.ohchr.uprfund.contributions.domain.LedgerConfirmation;
import org.ohchr.uprfund.contributions.domain.RequestedClosing;
import org.ohchr.uprfund.contributions.domain.YearClosingConfirmed;
import org.ohchr.uprfund.contributions.event.AccountingYearClosed;
import org.ohchr.uprfund.contributions.event.AccountingYearClosingRequested;
import org.ohchr.uprfund.contributions.mapping.NewYearClosure;
import org.ohchr.uprfund.contributions.repository.AccountingYearClosingRepository;
import org.ohchr.uprfund.contributions.repository.AccountingYearClosureRepository;
import org.ohchr.uprfund.contributions.repository.BalanceRepository;
import org.ohchr.uprfund.contributions.repository.LedgerConfirmationRepository;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.period.ClosedPeriods;
import org.ohchr.uprfund.platform.period.EntryDates;
import org.ohchr.uprfund.platform.period.PeriodLock;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Accounting periods: which are closed in this ledger, and the closing of a year for the whole fund. Every service
 * method that records a dated entry asks {@link #forEntry()} first, inside its transaction, and refuses a date in a
 * closed period.
 * <p>
 * A fund manager asks to close a year ({@link #requestClosing}); this ledger confirms it in the same transaction, and
 * the year is "closing". Every other ledger ({@link FundLedgers}) confirms when it reads the request, and its
 * confirmation arrives through {@link #confirm}. Once every ledger has confirmed, the year is closed: recorded, and
 * published as {@link AccountingYearClosed}.
 */
@ApplicationScoped
@Transactional
public class AccountingPeriodService {

    private static final Logger LOG = Logger.getLogger(AccountingPeriodService.class);

    private final AccountingYearClosingRepository closings;
    private final LedgerConfirmationRepository confirmations;
    private final AccountingYearClosureRepository closures;
    private final BalanceRepository balances;
    private final PeriodLock lock;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    AccountingPeriodService(AccountingYearClosingRepository closings, LedgerConfirmationRepository confirmations,
            AccountingYearClosureRepository closures, BalanceRepository balances, PeriodLock lock, EventOutbox outbox) {
        this.closings = closings;
        this.confirmations = confirmations;
        this.closures = closures;
        this.balances = balances;
        this.lock = lock;
        this.outbox = outbox;
    }

    /** The closed periods an entry being recorded in this transaction must respect; no period closes until it commits. */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forEntry() {
        return lock.forEntry(this::current);
    }

    /** The closed periods, for a transaction that closes one (a balance carried forward): it waits for entries in flight. */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forClosing() {
        return lock.forClosing(this::current);
    }

    /**
     * Asks to close {@code year} (and with it every year before it): this ledger confirms at once, and
     * {@link AccountingYearClosingRequested} asks the others. The year must be over, and neither closing nor closed; a
     * balance carried forward after it does not stop it. Asked again while the year is closing, the request is published
     * again (for a ledger that could not read it) and nothing else changes.
     *
     * @return the closing, and whether it was new
     */
    public RequestedClosing requestClosing(int year, @Valid @NotNull NewYearClosure request, @NotNull String requestedBy) {
        int lastOver = EntryDates.today(clock).getYear() - 1;
        if (year < 1900 || !EntryDates.isOver(year, clock)) {
            throw new InvalidFieldException("year", "must be a year that is over, from 1900 to " + lastOver);
        }
        lock.forClosing();
        Optional<AccountingYearClosing> asked = closings.findByIdOptional(year);
        if (asked.isPresent() && closures.findByIdOptional(year).isEmpty()) {
            outbox.record(AccountingYearClosingRequested.of(asked.get(), awaited(year)));
            LOG.infof("Closing of %d asked for again; still awaiting %s", year, awaited(year));
            return new RequestedClosing(asked.get(), false);
        }
        Integer lastRequested = closings.lastRequestedYear().orElse(null);
        if (lastRequested != null && year <= lastRequested) {
            throw new ConflictException("Accounting year " + year + " is closed already, or closing: its closing, or that of "
                    + lastRequested + ", was asked for");
        }
        AccountingYearClosing closing = new AccountingYearClosing();
        closing.year = year;
        closing.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        closing.requestedAt = Instant.now();
        closing.requestedBy = requestedBy;
        closings.persist(closing);
        record(year, FundLedgers.CONTRIBUTIONS, closing.requestedAt, null);
        outbox.record(AccountingYearClosingRequested.of(closing, awaited(year)));
        closeWhereConfirmed();
        return new RequestedClosing(closing, true);
    }

    /**
     * Records a ledger's confirmation once (a redelivery changes nothing), and closes every year all ledgers have now
     * confirmed.
     *
     * @return true when it was new
     */
    public boolean confirm(@NotNull YearClosingConfirmed confirmed) {
        lock.forClosing();
        if (!FundLedgers.ALL.contains(confirmed.ledger())) {
            LOG.warnf("Confirmation %s of %d by %s ignored: not a ledger of the fund", confirmed.eventId(), confirmed.year(), confirmed.ledger());
            return false;
        }
        if (closings.findByIdOptional(confirmed.year()).isEmpty()) {
            LOG.warnf("Confirmation %s of %d by %s ignored: no closing of %d was asked for here", confirmed.eventId(), confirmed.year(),
                    confirmed.ledger(), confirmed.year());
            return false;
        }
        if (confirmations.find(confirmed.year(), confirmed.ledger()).isPresent()) {
            LOG.debugf("Confirmation of %d by %s recorded before; %s ignored", confirmed.year(), confirmed.ledger(), confirmed.eventId());
            return false;
        }
        record(confirmed.year(), confirmed.ledger(), confirmed.confirmedAt(), confirmed);
        LOG.infof("%s confirmed the closing of %d", confirmed.ledger(), confirmed.year());
        closeWhereConfirmed();
        return true;
    }

    private void record(int year, String ledger, Instant confirmedAt, YearClosingConfirmed event) {
        LedgerConfirmation confirmation = new LedgerConfirmation();
        confirmation.year = year;
        confirmation.ledger = ledger;
        confirmation.confirmedAt = confirmedAt;
        confirmation.recordedAt = Instant.now();
        confirmation.eventId = event == null ? null : event.eventId();
        confirmations.persist(confirmation);
    }

    /** A ledger that confirmed a later year confirmed this one too: it refuses every date through the later year. */
    private boolean confirmedBy(String ledger, int year) {
        return confirmations.lastConfirmedYear(ledger).filter(last -> last >= year).isPresent();
    }

    private List<String> awaited(int year) {
        return FundLedgers.ALL.stream().filter(ledger -> !confirmedBy(ledger, year)).toList();
    }

    private void closeWhereConfirmed() {
        for (AccountingYearClosing closing : closings.stillClosing()) {
            if (!awaited(closing.year).isEmpty()) {
                continue;
            }
            AccountingYearClosure closure = new AccountingYearClosure();
            closure.year = closing.year;
            closure.note = closing.note;
            closure.closedAt = Instant.now();
            closure.closedBy = closing.requestedBy;
            closures.persist(closure);
            outbox.record(AccountingYearClosed.of(closure));
            LOG.infof("Accounting year %d closed: every ledger confirmed it", closing.year);
        }
    }

    /** This ledger's closed periods: the years it confirmed (every year asked for), and balances carried forward. */
    @Transactional(TxType.SUPPORTS)
    public ClosedPeriods current() {
        return ClosedPeriods.of(closings.lastRequestedYear().orElse(null), balances.latestDate().orElse(null));
    }

    @Transactional(TxType.SUPPORTS)
    public AccountingYears years() {
        return new AccountingYears(current(), closings.listByYear(), confirmations.listByYear(), closures.listByYear());
    }
}

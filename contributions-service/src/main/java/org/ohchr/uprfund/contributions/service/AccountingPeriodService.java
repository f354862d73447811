package org.ohchr.uprfund.contributions.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;
import org.ohchr.uprfund.contributions.domain.ClosedPeriods;
import org.ohchr.uprfund.contributions.event.AccountingYearClosed;
import org.ohchr.uprfund.contributions.mapping.NewYearClosure;
import org.ohchr.uprfund.contributions.repository.AccountingYearClosureRepository;
import org.ohchr.uprfund.contributions.repository.BalanceRepository;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Accounting periods: which are closed, and closing a year. Every service that records a dated entry asks
 * {@link #forEntry()} first, inside its transaction, and refuses a date in a closed period.
 */
@ApplicationScoped
@Transactional
public class AccountingPeriodService {

    /** The last time zone to reach a new year: a year is over for the fund only once it is over everywhere. */
    private static final ZoneOffset LATEST_TIME_ZONE = ZoneOffset.ofHours(-12);

    private final AccountingYearClosureRepository closures;
    private final BalanceRepository balances;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    AccountingPeriodService(AccountingYearClosureRepository closures, BalanceRepository balances, EventOutbox outbox) {
        this.closures = closures;
        this.balances = balances;
        this.outbox = outbox;
    }

    /** The closed periods an entry being recorded in this transaction must respect; no period closes until it commits. */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forEntry() {
        closures.lockForEntry();
        return current();
    }

    /** The closed periods, for a transaction that closes one (a balance carried forward): it waits for entries in flight. */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forClosing() {
        closures.lockForClosing();
        return current();
    }

    /**
     * Closes {@code year} (and with it every year before it) and records {@link AccountingYearClosed}. The year must be
     * over, and not closed already.
     */
    public AccountingYearClosure close(int year, @Valid @NotNull NewYearClosure request, @NotNull String closedBy) {
        int currentYear = LocalDate.now(clock.withZone(LATEST_TIME_ZONE)).getYear();
        if (year < 1900 || year >= currentYear) {
            throw new InvalidFieldException("year", "must be a year that is over, from 1900 to " + (currentYear - 1));
        }
        ClosedPeriods closed = forClosing();
        if (closed.isClosed(LocalDate.of(year, 12, 31))) {
            throw new ConflictException("Accounting year " + year + " is closed already: the books are closed through "
                    + closed.closedThrough());
        }
        AccountingYearClosure closure = new AccountingYearClosure();
        closure.year = year;
        closure.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        closure.closedAt = Instant.now();
        closure.closedBy = closedBy;
        closures.persist(closure);
        outbox.record(AccountingYearClosed.of(closure));
        return closure;
    }

    @Transactional(TxType.SUPPORTS)
    public ClosedPeriods current() {
        return ClosedPeriods.of(closures.lastClosedYear().orElse(null), balances.latestDate().orElse(null));
    }

    @Transactional(TxType.SUPPORTS)
    public List<AccountingYearClosure> closedYears() {
        return closures.listByYear();
    }
}

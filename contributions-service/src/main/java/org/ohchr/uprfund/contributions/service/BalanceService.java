package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.period.EntryDates;
import org.ohchr.uprfund.contributions.domain.Balance;
import org.ohchr.uprfund.contributions.domain.BalancePosition;
import org.ohchr.uprfund.contributions.domain.BalancePosition.History;
import org.ohchr.uprfund.contributions.domain.IncomeAmounts;
import org.ohchr.uprfund.contributions.event.BalanceCarriedForward;
import org.ohchr.uprfund.contributions.mapping.NewBalance;
import org.ohchr.uprfund.contributions.repository.BalanceRepository;
import org.ohchr.uprfund.contributions.repository.IncomeRepository;
import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;

/** Audited balances carried forward, and the fund's position rolled forward from them. */
@ApplicationScoped
@Transactional
public class BalanceService {

    private final BalanceRepository balances;
    private final IncomeRepository income;
    private final AccountingPeriodService periods;
    private final ConsistentReads reads;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    BalanceService(BalanceRepository balances, IncomeRepository income, AccountingPeriodService periods, ConsistentReads reads,
            EventOutbox outbox) {
        this.balances = balances;
        this.income = income;
        this.periods = periods;
        this.reads = reads;
        this.outbox = outbox;
    }

    /**
     * Records an audited balance and {@link BalanceCarriedForward}; one balance per date, none in the future, none in a
     * closed period. It closes everything dated before it: those entries are inside the balance.
     */
    public Balance record(@Valid @NotNull NewBalance request, @NotNull String recordedBy) {
        LocalDate date = EntryDates.requireNotFuture("balanceDate", request.balanceDate(), clock);
        BigDecimal amount = IncomeAmounts.usdWithinBooks("amountUsd", request.amountUsd());
        periods.forClosing().requireOpen("balanceDate", date);
        balances.findByDate(date).ifPresent(existing -> {
            throw new ConflictException("A balance carried forward at " + date + " is already recorded (" + existing.id + ")");
        });
        Balance balance = new Balance();
        balance.id = UUID.randomUUID();
        balance.balanceDate = date;
        balance.amountUsd = amount;
        balance.source = request.source().strip();
        balance.reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().strip();
        balance.recordedAt = Instant.now();
        balance.recordedBy = recordedBy;
        balances.persist(balance);
        outbox.record(BalanceCarriedForward.of(balance));
        return balance;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Balance> findById(UUID id) {
        return balances.findByIdOptional(id);
    }

    /** Balances by date, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<Balance> list(DateRange dates, PageRequest page) {
        return balances.search(dates, page);
    }

    /**
     * The latest balance carried forward at or before {@code asOf} (today when null), plus the contributions received
     * and the other income dated from its date to {@code asOf}; each figure summed from rows, all read in one snapshot of
     * the database, so that an entry recorded meanwhile is either in every figure or in none.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public BalancePosition position(LocalDate asOf) {
        reads.repeatableRead();
        LocalDate date = asOf == null ? EntryDates.today(clock) : asOf;
        Balance balance = balances.latestAtOrBefore(date).orElse(null);
        LocalDate from = balance == null ? null : balance.balanceDate;
        History before = from == null ? History.NONE
                : new History(balances.contributionsReceivedBefore(from), income.countDatedBefore(from));
        return BalancePosition.rollForward(date, balance, balances.contributionsReceived(from, date), income.sumsByKind(from, date),
                income.reconciliationSum(from, date), before);
    }
}

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

import org.ohchr.uprfund.contributions.Balance;
import org.ohchr.uprfund.contributions.event.BalanceCarriedForward;
import org.ohchr.uprfund.contributions.event.EventOutbox;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse;
import org.ohchr.uprfund.contributions.mapping.BalancePositionResponse.History;
import org.ohchr.uprfund.contributions.mapping.NewBalance;
import org.ohchr.uprfund.contributions.mapping.PageOf;
import org.ohchr.uprfund.contributions.repository.BalanceRepository;
import org.ohchr.uprfund.contributions.repository.IncomeRepository;

/** Audited balances carried forward, and the fund's position rolled forward from them. */
@ApplicationScoped
@Transactional
public class BalanceService {

    private final BalanceRepository balances;
    private final IncomeRepository income;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    BalanceService(BalanceRepository balances, IncomeRepository income, EventOutbox outbox) {
        this.balances = balances;
        this.income = income;
        this.outbox = outbox;
    }

    /** Records an audited balance and {@link BalanceCarriedForward}; one balance per date, none in the future. */
    public Balance record(@Valid @NotNull NewBalance request, @NotNull String recordedBy) {
        LocalDate date = AccountingDates.requireNotFuture("balanceDate", request.balanceDate(), clock);
        BigDecimal amount = IncomeAmounts.usdWithinBooks("amountUsd", request.amountUsd());
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
        try {
            balances.persist(balance);
            balances.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw new ConflictException("A balance carried forward at " + date + " was recorded at the same moment");
        }
        outbox.record(BalanceCarriedForward.of(balance));
        return balance;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Balance> findById(UUID id) {
        return balances.findByIdOptional(id);
    }

    /** Balances by date, oldest first; {@code from} and {@code to} as the query parameters carry them. */
    @Transactional(TxType.SUPPORTS)
    public PageOf<Balance> list(String from, String to, int page, int size) {
        AccountingDates.Range dates = AccountingDates.parseRange(from, to);
        var query = balances.search(dates.from(), dates.to());
        return new PageOf<>(query.page(page, size).list(), page, size, query.count());
    }

    /**
     * The latest balance carried forward at or before {@code asOf} (today when absent), plus the contributions received
     * and the other income dated from its date to {@code asOf}; each figure summed from rows.
     */
    @Transactional(TxType.SUPPORTS)
    public BalancePositionResponse position(String asOf) {
        LocalDate date = Optional.ofNullable(AccountingDates.parseParameter("asOf", asOf)).orElseGet(() -> LocalDate.now(clock));
        Balance balance = balances.latestAtOrBefore(date).orElse(null);
        LocalDate from = balance == null ? null : balance.balanceDate;
        History history = from == null ? new History(0, 0)
                : new History(balances.contributionsReceivedBefore(from), income.countDatedBefore(from));
        return BalancePositions.compose(date, balance, balances.contributionsReceived(from, date), income.subtotalsByKind(from, date),
                income.reconciliationSubtotal(from, date), history);
    }
}

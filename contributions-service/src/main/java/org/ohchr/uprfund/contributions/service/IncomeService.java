package org.ohchr.uprfund.contributions.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.period.EntryDates;
import org.ohchr.uprfund.contributions.domain.IncomeAmounts;
import org.ohchr.uprfund.contributions.domain.IncomeEntry;
import org.ohchr.uprfund.contributions.domain.IncomeKind;
import org.ohchr.uprfund.contributions.domain.IncomeLine;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.event.IncomeRecorded;
import org.ohchr.uprfund.contributions.event.IncomeReversed;
import org.ohchr.uprfund.contributions.mapping.IncomeReconciliation;
import org.ohchr.uprfund.contributions.mapping.NewIncome;
import org.ohchr.uprfund.contributions.mapping.NewIncomeReversal;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.contributions.repository.IncomeRepository;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;

/** Other income: entries in US dollars, corrected only by reversals. */
@ApplicationScoped
@Transactional
public class IncomeService {

    private final IncomeRepository income;
    private final DonorRepository donors;
    private final AccountingPeriodService periods;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    IncomeService(IncomeRepository income, DonorRepository donors, AccountingPeriodService periods, EventOutbox outbox) {
        this.income = income;
        this.donors = donors;
        this.periods = periods;
        this.outbox = outbox;
    }

    /** Records an entry and {@link IncomeRecorded}. */
    public IncomeEntry record(@Valid @NotNull NewIncome request, @NotNull String recordedBy) {
        IncomeEntry entry = new IncomeEntry();
        entry.id = UUID.randomUUID();
        entry.kind = request.kind();
        entry.accountingDate = EntryDates.requireNotFuture("accountingDate", request.accountingDate(), clock);
        entry.amountUsd = IncomeAmounts.requireValidFor("amountUsd", request.kind(), request.amountUsd());
        entry.description = request.description().strip();
        entry.pledgePeriod = pledgePeriodOf(request);
        entry.donorId = request.donorId();
        IncomeReconciliation reconciliation = request.reconciliation();
        if (reconciliation != null) {
            entry.reconciliationLine = IncomeLine.parse("reconciliation.line", reconciliation.line()).name();
            if (reconciliation.reportLine() != null) {
                throw new InvalidFieldException("reconciliation.reportLine", "is no longer accepted: the line is named by its code in"
                        + " line, and the free text goes in note");
            }
            entry.reconciliationNote = reconciliation.note().strip();
        }
        periods.forEntry().requireOpen("accountingDate", entry.accountingDate);
        entry.recordedAt = Instant.now();
        entry.recordedBy = recordedBy;
        income.persist(entry);
        outbox.record(IncomeRecorded.of(entry));
        return entry;
    }

    /**
     * Reverses an entry, wholly or in part, with a new entry of the opposite sign, and records {@link IncomeReversed}.
     * An entry is reversed at most once, and a reversal is never itself reversed.
     */
    public IncomeEntry reverse(@NotNull UUID id, @Valid @NotNull NewIncomeReversal request, @NotNull String recordedBy) {
        IncomeEntry original = income.findByIdOptional(id).orElseThrow(() -> ResourceNotFoundException.of("income entry", id));
        if (original.isReversal()) {
            throw new ConflictException("Income entry " + id + " is itself a reversal and cannot be reversed; record a new entry instead");
        }
        income.findReversalOf(id).ifPresent(earlier -> {
            throw new ConflictException("Income entry " + id + " was already reversed by entry " + earlier.id);
        });
        LocalDate date = EntryDates.requireNotFuture("accountingDate", request.accountingDate(), clock);
        if (date.isBefore(original.accountingDate)) {
            throw new InvalidFieldException("accountingDate", "must not be before the reversed entry's date, " + original.accountingDate);
        }
        periods.forEntry().requireOpen("accountingDate", date);
        IncomeEntry reversal = new IncomeEntry();
        reversal.id = UUID.randomUUID();
        reversal.kind = original.kind;
        reversal.accountingDate = date;
        reversal.amountUsd = IncomeAmounts.reversalOf("amountUsd", original.amountUsd, request.amountUsd());
        reversal.description = request.reason().strip();
        reversal.donorId = original.donorId;
        reversal.pledgePeriod = original.pledgePeriod;
        reversal.reconciliationLine = original.reconciliationLine;
        reversal.reconciliationNote = original.reconciliationNote;
        reversal.reversedIncomeId = original.id;
        reversal.recordedAt = Instant.now();
        reversal.recordedBy = recordedBy;
        income.persist(reversal);
        outbox.record(IncomeReversed.of(reversal));
        return reversal;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<IncomeEntry> findById(UUID id) {
        return income.findByIdOptional(id);
    }

    /** The id of the entry reversing {@code id}, if it has been reversed. */
    @Transactional(TxType.SUPPORTS)
    public Optional<UUID> reversalIdOf(UUID id) {
        return income.findReversalOf(id).map(reversal -> reversal.id);
    }

    /**
     * Entries by accounting date, then by when they were recorded; every filter is optional.
     *
     * @param reconciliation true: only entries that reconcile with a published report; false: only the others
     */
    @Transactional(TxType.SUPPORTS)
    public Page<IncomeEntry> list(IncomeKind kind, DateRange dates, Boolean reconciliation, PageRequest page) {
        return income.search(kind, dates, reconciliation, page);
    }

    /** For each listed entry that has been reversed: its id -> the id of the entry reversing it. */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, UUID> reversalIdsOf(List<IncomeEntry> entries) {
        return income.reversalIdsOf(entries.stream().map(entry -> entry.id).toList());
    }

    /**
     * A donor and a period only describe the receipt of a prior-year pledge: the donor must exist, and the period must
     * end before the year of the accounting date.
     *
     * @return the period as stored, such as {@code 2019} or {@code 2018-2019}, or null
     */
    private String pledgePeriodOf(NewIncome request) {
        boolean pledgeReceipt = request.kind() == IncomeKind.PRIOR_YEAR_PLEDGE_RECEIPT;
        if (!pledgeReceipt && request.donorId() != null) {
            throw new InvalidFieldException("donorId", "is only given for PRIOR_YEAR_PLEDGE_RECEIPT");
        }
        if (!pledgeReceipt && request.pledgePeriod() != null) {
            throw new InvalidFieldException("pledgePeriod", "is only given for PRIOR_YEAR_PLEDGE_RECEIPT");
        }
        if (request.donorId() != null && donors.findByIdOptional(request.donorId()).isEmpty()) {
            throw new InvalidFieldException("donorId", "is not a registered donor");
        }
        if (request.pledgePeriod() == null) {
            return null;
        }
        Period period = Period.parse("pledgePeriod", request.pledgePeriod());
        if (period.lastYear() >= request.accountingDate().getYear()) {
            throw new InvalidFieldException("pledgePeriod", "must end before the year of the accounting date ("
                    + request.accountingDate().getYear() + "): the pledge is a prior-year pledge");
        }
        return period.toString();
    }
}

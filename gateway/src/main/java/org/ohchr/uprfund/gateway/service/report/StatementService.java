package org.ohchr.uprfund.gateway.service.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.gateway.domain.Balance;
import org.ohchr.uprfund.gateway.domain.Contribution;
import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.gateway.domain.DatedRows;
import org.ohchr.uprfund.gateway.domain.ExchangeDifference;
import org.ohchr.uprfund.gateway.domain.Expenditure;
import org.ohchr.uprfund.gateway.domain.IncomeEntry;
import org.ohchr.uprfund.gateway.domain.IncomeKind;
import org.ohchr.uprfund.gateway.domain.Money;
import org.ohchr.uprfund.gateway.domain.PledgeStanding;
import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementBook;
import org.ohchr.uprfund.gateway.domain.StatementEntry;
import org.ohchr.uprfund.gateway.domain.StatementLine;
import org.ohchr.uprfund.gateway.domain.Sum;
import org.ohchr.uprfund.gateway.repository.BalanceRepository;
import org.ohchr.uprfund.gateway.repository.ContributionRepository;
import org.ohchr.uprfund.gateway.repository.DatedRowRepository;
import org.ohchr.uprfund.gateway.repository.ExchangeDifferenceRepository;
import org.ohchr.uprfund.gateway.repository.ExpenditureRepository;
import org.ohchr.uprfund.gateway.repository.IncomeEntryRepository;
import org.ohchr.uprfund.gateway.repository.PledgeRepository;
import org.ohchr.uprfund.gateway.repository.YearClosureRepository;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;

/**
 * The statement of income and expenditure for a year (Table 1 of the report), from the entries dated in it, read in one
 * snapshot of the database. Every entry sits on one line: contributions received on the contributions line (less the
 * exchange differences on them, which sit on the exchange line, so that contributions count at the pledges' rates), other
 * income on the line of its kind, expenditure on its cost category's line; an entry that reconciles with a report sits
 * on the line its reconciliation names by code instead, always a line of its own section, so that the totals, the net
 * result and the balances are those of fund status. The opening balance is the latest balance carried forward at or
 * before 1 January, rolled forward to it; receivables are the pledges outstanding at 31 December, as memo lines.
 */
@ApplicationScoped
public class StatementService {

    private final ContributionRepository contributions;
    private final ExchangeDifferenceRepository differences;
    private final IncomeEntryRepository income;
    private final ExpenditureRepository expenditure;
    private final BalanceRepository balances;
    private final PledgeRepository pledges;
    private final YearClosureRepository closures;
    private final DatedRowRepository datedRows;
    private final ConsistentReads reads;
    private final ReadModelSchema readModel;

    StatementService(ContributionRepository contributions, ExchangeDifferenceRepository differences, IncomeEntryRepository income,
            ExpenditureRepository expenditure, BalanceRepository balances, PledgeRepository pledges, YearClosureRepository closures,
            DatedRowRepository datedRows, ConsistentReads reads, ReadModelSchema readModel) {
        this.contributions = contributions;
        this.differences = differences;
        this.income = income;
        this.expenditure = expenditure;
        this.balances = balances;
        this.pledges = pledges;
        this.closures = closures;
        this.datedRows = datedRows;
        this.reads = reads;
        this.readModel = readModel;
    }

    /** A year as a client writes it in a path: four digits, 1900 to 9999. */
    public static int parseYear(String text) {
        if (text == null || !text.matches("[0-9]{4}") || Integer.parseInt(text) < 1900) {
            throw new InvalidFieldException("year", "must be a year from 1900 to 9999, such as 2020");
        }
        return Integer.parseInt(text);
    }

    /**
     * @param schema a rebuild's schema, or null for the live read model
     * @throws ResourceNotFoundException when nothing is dated in the year
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Statement statementOf(int year, String schema) {
        reads.repeatableRead();
        readModel.use(schema);
        return compute(year);
    }

    /**
     * The statements of {@code previous} brought up to date, in one snapshot of the live read model: the statements of
     * the years its rows say may have changed since are computed again, the others kept; with no {@code previous}, every
     * year's is computed.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public StatementBook refresh(StatementBook previous) {
        reads.repeatableRead();
        DatedRows rows = datedRows.count();
        if (previous != null && rows.equals(previous.rows())) {
            return new StatementBook(previous.byYear(), rows, 0);
        }
        List<Integer> years = yearsWithStatements();
        Set<Integer> stale = previous == null ? Set.copyOf(years) : rows.yearsChangedSince(previous.rows(), years);
        Map<Integer, Statement> byYear = new HashMap<>();
        int computed = 0;
        for (int year : years) {
            Optional<Statement> kept = stale.contains(year) ? Optional.empty() : previous.of(year);
            if (kept.isPresent()) {
                byYear.put(year, kept.get());
            } else {
                byYear.put(year, compute(year));
                computed++;
            }
        }
        return new StatementBook(byYear, rows, computed);
    }

    static ResourceNotFoundException nothingDatedIn(int year) {
        return new ResourceNotFoundException("The read model holds no income, expenditure or balance dated in " + year);
    }

    private Statement compute(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<StatementEntry> entries = entriesIn(year, first, last);
        if (entries.isEmpty() && !balances.anyDatedIn(first, last)) {
            throw nothingDatedIn(year);
        }
        entries.addAll(receivables(year, last));
        return Statement.of(year, entries, openingBalance(first), closures.stateOf(year), notComputed(year, last));
    }

    /** The years that have entries or balances dated in them, oldest first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Integer> years(String schema) {
        reads.repeatableRead();
        readModel.use(schema);
        return yearsWithStatements();
    }

    private List<Integer> yearsWithStatements() {
        @SuppressWarnings("unchecked")
        List<Number> years = balances.getEntityManager().createNativeQuery("""
                SELECT DISTINCT y FROM (
                    SELECT extract(year FROM received_on)::int AS y FROM fund_contribution
                    UNION SELECT extract(year FROM accounting_date)::int FROM fund_income
                    UNION SELECT extract(year FROM recorded_on)::int FROM fund_exchange_difference
                    UNION SELECT extract(year FROM spent_on)::int FROM fund_expenditure
                    UNION SELECT extract(year FROM balance_date)::int FROM fund_balance) years
                ORDER BY y""").getResultList();
        return years.stream().map(Number::intValue).toList();
    }

    private List<StatementEntry> entriesIn(int year, LocalDate first, LocalDate last) {
        List<StatementEntry> entries = new ArrayList<>();
        for (Contribution c : contributions.datedIn(first, last)) {
            String description = c.reversesContributionId == null
                    ? "Contribution received for " + c.period
                    : "Reversal of contribution " + c.reversesContributionId + ": " + c.reason;
            entries.add(new StatementEntry(StatementLine.CONTRIBUTIONS_RECEIVED, StatementEntry.Source.CONTRIBUTION, c.contributionId,
                    c.contributionId, c.receivedOn, c.amountUsd, description, null, null));
        }
        for (ExchangeDifference d : differences.datedIn(first, last)) {
            entries.add(new StatementEntry(StatementLine.EXCHANGE_GAIN_LOSS, StatementEntry.Source.EXCHANGE_DIFFERENCE,
                    d.exchangeDifferenceId, d.contributionId, d.recordedOn, d.amountUsd,
                    "Exchange difference on contribution " + d.contributionId, null, null));
            entries.add(new StatementEntry(StatementLine.CONTRIBUTIONS_RECEIVED, StatementEntry.Source.EXCHANGE_DIFFERENCE,
                    d.exchangeDifferenceId, d.contributionId, d.recordedOn, d.amountUsd.negate(), "Exchange difference on contribution "
                            + d.contributionId + ", shown under exchange gains/(losses): the contribution counts at its pledge's rate",
                    null, null));
        }
        for (IncomeEntry e : income.datedIn(first, last)) {
            StatementLine reconciledOn = e.reconciliationLine == null ? null : StatementLine.valueOf(e.reconciliationLine);
            StatementLine line = reconciledOn != null ? reconciledOn : lineOf(IncomeKind.valueOf(e.kind));
            entries.add(new StatementEntry(line, StatementEntry.Source.INCOME, e.incomeId, e.incomeId, e.accountingDate, e.amountUsd,
                    e.description, reconciledOn, e.reconciliationNote));
        }
        for (Expenditure e : expenditure.datedIn(first, last)) {
            StatementLine reconciledOn = e.reconciliationLine == null ? null : StatementLine.valueOf(e.reconciliationLine);
            StatementLine line = reconciledOn != null ? reconciledOn : StatementLine.of(CostCategory.valueOf(e.costCategory));
            entries.add(new StatementEntry(line, StatementEntry.Source.EXPENDITURE, e.expenditureId, e.expenditureId, e.spentOn, e.amountUsd,
                    e.description, reconciledOn, e.reconciliationNote));
        }
        return entries;
    }

    private static StatementLine lineOf(IncomeKind kind) {
        return switch (kind) {
            case EXCHANGE_GAIN_LOSS -> StatementLine.EXCHANGE_GAIN_LOSS;
            case PRIOR_YEAR_PLEDGE_RECEIPT -> StatementLine.PRIOR_YEAR_PLEDGES_RECEIVED;
            case INVESTMENT, MISCELLANEOUS -> StatementLine.MISCELLANEOUS_AND_INVESTMENT_INCOME;
        };
    }

    /**
     * The receivables are computed from the pledges: with no pledge made by the year's end in the read model, what was
     * receivable is not known, and a sum of 0.00 would say that nothing was.
     */
    private Map<StatementLine, String> notComputed(int year, LocalDate last) {
        if (pledges.count("pledgedOn <= ?1", last) > 0) {
            return Map.of();
        }
        String why = "No pledge made by 31 December " + year + " is recorded: the receivables cannot be computed from the entries";
        return Map.of(StatementLine.RECEIVABLES_PRIOR_PERIODS, why, StatementLine.RECEIVABLES_YEAR, why);
    }

    /** Pledges outstanding at the year's end, as the report shows them: negative, in parentheses. */
    private List<StatementEntry> receivables(int year, LocalDate last) {
        List<StatementEntry> entries = new ArrayList<>();
        for (PledgeStanding standing : pledges.standingsAt(last)) {
            if (!standing.isOutstanding() || standing.lastYear() > year) {
                continue;
            }
            StatementLine line = standing.lastYear() < year ? StatementLine.RECEIVABLES_PRIOR_PERIODS : StatementLine.RECEIVABLES_YEAR;
            entries.add(new StatementEntry(line, StatementEntry.Source.PLEDGE, standing.pledgeId(), standing.pledgeId(), last,
                    standing.outstandingUsd().negate(), "Outstanding on the pledge of donor " + standing.donorId() + " for "
                            + standing.period(), null, null));
        }
        return entries;
    }

    /**
     * The balance at the start of 1 January: the balance carried forward dated that day, or the latest one before it
     * rolled forward with everything dated from its date to 31 December of the year before; with no balance at all,
     * everything dated before the year.
     */
    private BigDecimal openingBalance(LocalDate first) {
        Balance balance = balances.latestAtOrBefore(first).orElse(null);
        if (balance != null && balance.balanceDate.equals(first)) {
            return balance.amountUsd;
        }
        LocalDate from = balance == null ? null : balance.balanceDate;
        LocalDate to = first.minusDays(1);
        Sum received = contributions.received(from, to);
        BigDecimal other = income.sumsByKind(from, to).values().stream().map(Sum::amountUsd).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal spent = expenditure.sumsByCategory(from, to).values().stream().map(Sum::amountUsd).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal opening = balance == null ? Money.ZERO : balance.amountUsd;
        return opening.add(received.amountUsd()).add(other).subtract(spent);
    }
}

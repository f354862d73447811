package org.ohchr.uprfund.gateway.service.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.gateway.config.ReadModelConfig;
import org.ohchr.uprfund.gateway.domain.Balance;
import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.gateway.domain.DonorKind;
import org.ohchr.uprfund.gateway.domain.FundDonor;
import org.ohchr.uprfund.gateway.domain.ImplementationStatus;
import org.ohchr.uprfund.gateway.domain.IncomeKind;
import org.ohchr.uprfund.gateway.domain.Money;
import org.ohchr.uprfund.gateway.domain.PledgeStanding;
import org.ohchr.uprfund.gateway.domain.ProjectStatus;
import org.ohchr.uprfund.gateway.domain.RecommendationResponse;
import org.ohchr.uprfund.gateway.domain.SourceFreshness;
import org.ohchr.uprfund.gateway.domain.StatusPart;
import org.ohchr.uprfund.gateway.domain.Sum;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse.Count;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse.Line;
import org.ohchr.uprfund.gateway.repository.BalanceRepository;
import org.ohchr.uprfund.gateway.repository.ContributionRepository;
import org.ohchr.uprfund.gateway.repository.DeadLetterRepository;
import org.ohchr.uprfund.gateway.repository.ExchangeDifferenceRepository;
import org.ohchr.uprfund.gateway.repository.ExpenditureRepository;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;
import org.ohchr.uprfund.gateway.repository.IncomeEntryRepository;
import org.ohchr.uprfund.gateway.repository.PledgeRepository;
import org.ohchr.uprfund.gateway.repository.ProjectRepository;
import org.ohchr.uprfund.gateway.repository.ProjectRepository.ProjectAt;
import org.ohchr.uprfund.gateway.repository.RecommendationRepository;
import org.ohchr.uprfund.gateway.repository.RecommendationRepository.StateCount;
import org.ohchr.uprfund.gateway.repository.SourceFreshnessRepository;
import org.ohchr.uprfund.gateway.service.readmodel.FundSources;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.platform.period.EntryDates;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Fund status at the end of a date, computed from the read model's rows in one snapshot of the database: the latest
 * balance carried forward at or before the date, rolled forward with the income and expenditure dated from its date to
 * the date asked for (closing = balance + income - expenditure); pledges outstanding then; projects, recommendations and
 * donors as they stood then; and the freshness of each source now. The current status is kept ready by
 * {@link FundStatusSnapshot}; a past date is computed when asked.
 */
@ApplicationScoped
public class FundStatusService {

    public static final String CONTRIBUTIONS_RECEIVED = "CONTRIBUTIONS_RECEIVED";
    public static final String EXCHANGE_GAIN_LOSS = "EXCHANGE_GAIN_LOSS";

    private final BalanceRepository balances;
    private final ContributionRepository contributions;
    private final ExchangeDifferenceRepository differences;
    private final IncomeEntryRepository income;
    private final ExpenditureRepository expenditure;
    private final PledgeRepository pledges;
    private final ProjectRepository projects;
    private final RecommendationRepository recommendations;
    private final FundDonorRepository donors;
    private final SourceFreshnessRepository freshness;
    private final DeadLetterRepository deadLetters;
    private final FundSources sources;
    private final ConsistentReads reads;
    private final ReadModelSchema readModel;
    private final ReadModelConfig config;
    private final Clock clock = Clock.systemUTC();

    FundStatusService(BalanceRepository balances, ContributionRepository contributions, ExchangeDifferenceRepository differences,
            IncomeEntryRepository income, ExpenditureRepository expenditure, PledgeRepository pledges, ProjectRepository projects,
            RecommendationRepository recommendations, FundDonorRepository donors, SourceFreshnessRepository freshness,
            DeadLetterRepository deadLetters, FundSources sources, ConsistentReads reads, ReadModelSchema readModel,
            ReadModelConfig config) {
        this.balances = balances;
        this.contributions = contributions;
        this.differences = differences;
        this.income = income;
        this.expenditure = expenditure;
        this.pledges = pledges;
        this.projects = projects;
        this.recommendations = recommendations;
        this.donors = donors;
        this.freshness = freshness;
        this.deadLetters = deadLetters;
        this.sources = sources;
        this.reads = reads;
        this.readModel = readModel;
        this.config = config;
    }

    /** The suite's today, in UTC: the date the current status is at the end of, and the latest date an entry may bear. */
    public LocalDate today() {
        return EntryDates.today(clock);
    }

    /**
     * @throws InvalidFieldException naming {@code asOf} when it is before the fund was established or after today
     */
    public LocalDate requireAnsweredDate(LocalDate asOf) {
        if (asOf.isBefore(config.fundEstablished())) {
            throw new InvalidFieldException("asOf", "must not be before " + config.fundEstablished() + ", when the fund was established");
        }
        if (asOf.isAfter(today())) {
            throw new InvalidFieldException("asOf", "must not be in the future (today is " + today() + " UTC)");
        }
        return asOf;
    }

    /** @param schema a rebuild's schema, or null for the live read model */
    @Transactional(TxType.REQUIRES_NEW)
    public FundStatusResponse statusAt(LocalDate asOf, String schema) {
        reads.repeatableRead();
        readModel.use(schema);
        return compute(asOf, null, StatusPart.ALL);
    }

    /**
     * The status at the end of {@code asOf} with the {@code changed} parts computed again and the others taken from
     * {@code previous} (when it is at the same date; else every part is computed). How fresh each source is, is always
     * computed again. The parts computed are read in one snapshot of the database.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public FundStatusResponse refresh(LocalDate asOf, FundStatusResponse previous, Set<StatusPart> changed) {
        reads.repeatableRead();
        boolean reuse = previous != null && previous.asOf().equals(asOf);
        return compute(asOf, reuse ? previous : null, reuse ? changed : StatusPart.ALL);
    }

    /**
     * The read model's version: how far it has come on each topic (events applied, redeliveries ignored, records parked,
     * the last event applied), as fund status shows it. Whatever a consumer or a replay does to the read model moves it,
     * in the same transaction; so a snapshot whose sources equal it shows the read model as it is.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<FundStatusResponse.Source> readModelVersion() {
        reads.repeatableRead();
        return sources(Instant.now());
    }

    private FundStatusResponse compute(LocalDate asOf, FundStatusResponse previous, Set<StatusPart> changed) {
        Instant computedAt = Instant.now();
        FundStatusResponse.BalanceCarriedForward carried;
        FundStatusResponse.Window window;
        FundStatusResponse.Income incomeFigures;
        FundStatusResponse.Expenditure expenditureFigures;
        BigDecimal net;
        BigDecimal closing;
        if (changed.contains(StatusPart.MONEY)) {
            Balance balance = balances.latestAtOrBefore(asOf).orElse(null);
            LocalDate from = balance == null ? null : balance.balanceDate;
            incomeFigures = income(from, asOf);
            Map<String, Sum> spent = expenditure.sumsByCategory(from, asOf);
            List<Line> byCategory = Arrays.stream(CostCategory.values())
                    .map(category -> line(category.name(), spent.getOrDefault(category.name(), Sum.NONE)))
                    .toList();
            expenditureFigures = new FundStatusResponse.Expenditure(byCategory, total(byCategory));
            net = incomeFigures.totalUsd().subtract(expenditureFigures.totalUsd());
            closing = (balance == null ? Money.ZERO : balance.amountUsd).add(net);
            carried = balance == null ? null
                    : new FundStatusResponse.BalanceCarriedForward(balance.balanceId, balance.balanceDate, balance.amountUsd, balance.source);
            window = new FundStatusResponse.Window(from, asOf);
        } else {
            carried = previous.balanceCarriedForward();
            window = previous.counted();
            incomeFigures = previous.income();
            expenditureFigures = previous.expenditure();
            net = previous.netResultUsd();
            closing = previous.closingBalanceUsd();
        }
        List<ProjectAt> projectsThen = changed.contains(StatusPart.PROJECTS) || changed.contains(StatusPart.RECOMMENDATIONS)
                ? projects.at(asOf) : null;
        return new FundStatusResponse(asOf, computedAt, carried, window, incomeFigures, expenditureFigures, net, closing,
                changed.contains(StatusPart.PLEDGES) ? pledgesOutstanding(asOf) : previous.pledgesOutstanding(),
                changed.contains(StatusPart.PROJECTS) ? projects(projectsThen) : previous.projects(),
                changed.contains(StatusPart.RECOMMENDATIONS) ? recommendations(asOf, projectsThen) : previous.recommendations(),
                changed.contains(StatusPart.DONORS) ? donors(asOf) : previous.donors(),
                sources(computedAt));
    }

    private FundStatusResponse.Income income(LocalDate from, LocalDate asOf) {
        Sum received = contributions.received(from, asOf);
        Sum exchange = differences.sum(from, asOf);
        Map<String, Sum> other = income.sumsByKind(from, asOf);
        List<Line> byKind = List.of(
                // Received at the rate of the day; where it paid a pledge at another rate, the difference is shown apart.
                line(CONTRIBUTIONS_RECEIVED, new Sum(received.amountUsd().subtract(exchange.amountUsd()), received.entries())),
                line(EXCHANGE_GAIN_LOSS, exchange.plus(other.getOrDefault(IncomeKind.EXCHANGE_GAIN_LOSS.name(), Sum.NONE))),
                line(IncomeKind.PRIOR_YEAR_PLEDGE_RECEIPT.name(), other.getOrDefault(IncomeKind.PRIOR_YEAR_PLEDGE_RECEIPT.name(), Sum.NONE)),
                line(IncomeKind.INVESTMENT.name(), other.getOrDefault(IncomeKind.INVESTMENT.name(), Sum.NONE)),
                line(IncomeKind.MISCELLANEOUS.name(), other.getOrDefault(IncomeKind.MISCELLANEOUS.name(), Sum.NONE)));
        return new FundStatusResponse.Income(byKind, total(byKind), line("RECONCILIATION", income.reconciliation(from, asOf)));
    }

    private FundStatusResponse.PledgesOutstanding pledgesOutstanding(LocalDate asOf) {
        List<PledgeStanding> outstanding = pledges.standingsAt(asOf).stream().filter(PledgeStanding::isOutstanding).toList();
        Map<UUID, List<PledgeStanding>> byDonor = outstanding.stream()
                .collect(Collectors.groupingBy(PledgeStanding::donorId, TreeMap::new, Collectors.toList()));
        Map<UUID, FundDonor> known = donors.byIds(byDonor.keySet());
        List<FundStatusResponse.DonorOutstanding> rows = byDonor.entrySet().stream()
                .map(entry -> {
                    FundDonor donor = known.get(entry.getKey());
                    return new FundStatusResponse.DonorOutstanding(entry.getKey(),
                            donor == null ? null : donor.shownName().forAnyone(),
                            donor == null ? null : donor.iso3,
                            entry.getValue().stream().map(PledgeStanding::outstandingUsd).reduce(Money.ZERO, BigDecimal::add),
                            entry.getValue().size());
                })
                .sorted(Comparator.comparing(FundStatusResponse.DonorOutstanding::outstandingUsd).reversed()
                        .thenComparing(row -> row.donorId().toString()))
                .toList();
        return new FundStatusResponse.PledgesOutstanding(
                rows.stream().map(FundStatusResponse.DonorOutstanding::outstandingUsd).reduce(Money.ZERO, BigDecimal::add), rows);
    }

    static FundStatusResponse.Projects projects(List<ProjectAt> all) {
        List<Count> byStatus = Arrays.stream(ProjectStatus.values())
                .map(status -> new Count(status.name(), all.stream().filter(p -> status.name().equals(p.status())).count()))
                .toList();
        Map<String, List<ProjectAt>> byCountry = all.stream()
                .collect(Collectors.groupingBy(ProjectAt::iso3, TreeMap::new, Collectors.toList()));
        List<FundStatusResponse.CountryProjects> countries = byCountry.entrySet().stream()
                .map(entry -> new FundStatusResponse.CountryProjects(entry.getKey(), entry.getValue().size(),
                        entry.getValue().stream().filter(FundStatusService::isFunded).count(),
                        entry.getValue().stream().map(ProjectAt::budgetUsd).reduce(Money.ZERO, BigDecimal::add),
                        entry.getValue().stream().map(ProjectAt::spentUsd).reduce(Money.ZERO, BigDecimal::add)))
                .toList();
        return new FundStatusResponse.Projects(all.size(), byStatus, countries);
    }

    private FundStatusResponse.Recommendations recommendations(LocalDate asOf, List<ProjectAt> projectsThen) {
        boolean today = asOf.equals(today());
        List<StateCount> all = recommendations.countsAt(asOf, today);
        Set<UUID> linked = new LinkedHashSet<>();
        projectsThen.stream().filter(FundStatusService::isFunded).forEach(p -> linked.addAll(p.recommendationIds()));
        List<StateCount> linkedKnown = recommendations.countsAt(asOf, today, linked);
        long known = linkedKnown.stream().mapToLong(StateCount::count).sum();
        return new FundStatusResponse.Recommendations(all.stream().mapToLong(StateCount::count).sum(),
                countBy(all, ImplementationStatus.values(), StateCount::implementationStatus),
                countBy(all, RecommendationResponse.values(), StateCount::response),
                new FundStatusResponse.LinkedRecommendations(linked.size(), linked.size() - known,
                        countBy(linkedKnown, ImplementationStatus.values(), StateCount::implementationStatus)));
    }

    private static <E extends Enum<E>> List<Count> countBy(List<StateCount> counts, E[] codes, Function<StateCount, String> code) {
        return Arrays.stream(codes).map(c -> new Count(c.name(), counts.stream().filter(row -> c.name().equals(code.apply(row)))
                .mapToLong(StateCount::count).sum())).toList();
    }

    private FundStatusResponse.Donors donors(LocalDate asOf) {
        Map<String, Long> byKind = donors.countByKind(asOf);
        long registered = byKind.values().stream().mapToLong(Long::longValue).sum();
        long states = byKind.getOrDefault(DonorKind.STATE.name(), 0L);
        return new FundStatusResponse.Donors(registered, states, registered - states);
    }

    private List<FundStatusResponse.Source> sources(Instant now) {
        Map<String, SourceFreshness> rows = freshness.listAll().stream()
                .collect(Collectors.toMap(row -> row.topic, Function.identity()));
        Map<String, Long> parked = deadLetters.parkedByTopic();
        List<FundStatusResponse.Source> result = new ArrayList<>();
        for (String topic : sources.topics()) {
            SourceFreshness row = rows.get(topic);
            result.add(row == null
                    ? new FundStatusResponse.Source(topic, 0, 0, parked.getOrDefault(topic, 0L), null, null, null, null, null)
                    : new FundStatusResponse.Source(topic, row.eventsApplied, row.duplicatesIgnored, parked.getOrDefault(topic, 0L),
                            row.lastEventId, row.lastEventType, row.lastEventTime, row.lastAppliedAt, lagSeconds(row)));
        }
        return result;
    }

    private static Double lagSeconds(SourceFreshness row) {
        if (row.lastEventTime == null || row.lastAppliedAt == null) {
            return null;
        }
        return Math.max(0, Duration.between(row.lastEventTime, row.lastAppliedAt).toMillis()) / 1000.0;
    }

    static boolean isFunded(ProjectAt project) {
        return project.status() != null && ProjectStatus.valueOf(project.status()).isFunded();
    }

    private static Line line(String code, Sum sum) {
        return new Line(code, sum.amountUsd(), sum.entries());
    }

    private static BigDecimal total(List<Line> lines) {
        return lines.stream().map(Line::amountUsd).reduce(Money.ZERO, BigDecimal::add);
    }
}

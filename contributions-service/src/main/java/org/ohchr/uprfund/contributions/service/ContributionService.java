package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
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
import org.ohchr.uprfund.contributions.domain.Contribution;
import org.ohchr.uprfund.contributions.domain.ContributionReversalPolicy;
import org.ohchr.uprfund.contributions.domain.ContributionReversalPolicy.AlreadyReversed;
import org.ohchr.uprfund.contributions.domain.ContributionReversalPolicy.Original;
import org.ohchr.uprfund.contributions.domain.ContributionReversalPolicy.Reversal;
import org.ohchr.uprfund.contributions.domain.ContributionView;
import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.ExchangeDifference;
import org.ohchr.uprfund.contributions.domain.ExchangeDifferenceRule;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.domain.Pledge;
import org.ohchr.uprfund.contributions.domain.PledgeStanding;
import org.ohchr.uprfund.contributions.event.ContributionReceived;
import org.ohchr.uprfund.contributions.event.ContributionReversed;
import org.ohchr.uprfund.contributions.event.ExchangeDifferenceRecorded;
import org.ohchr.uprfund.contributions.mapping.NewContribution;
import org.ohchr.uprfund.contributions.mapping.NewContributionReversal;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.contributions.repository.ExchangeDifferenceRepository;
import org.ohchr.uprfund.contributions.repository.PledgeRepository;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;

/**
 * Contributions received, in any currency, with their US dollar value at receipt. A contribution that pays a pledge made
 * at another rate records its exchange difference in the same transaction. Corrections are reversals: new negative
 * entries, never more than what remains of the original (see {@link ContributionReversalPolicy}).
 */
@ApplicationScoped
@Transactional
public class ContributionService {

    private final ContributionRepository contributions;
    private final ExchangeDifferenceRepository exchangeDifferences;
    private final PledgeRepository pledges;
    private final PledgeService pledgeService;
    private final DonorRepository donors;
    private final AccountingPeriodService periods;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    ContributionService(ContributionRepository contributions, ExchangeDifferenceRepository exchangeDifferences,
            PledgeRepository pledges, PledgeService pledgeService, DonorRepository donors, AccountingPeriodService periods,
            EventOutbox outbox) {
        this.contributions = contributions;
        this.exchangeDifferences = exchangeDifferences;
        this.pledges = pledges;
        this.pledgeService = pledgeService;
        this.donors = donors;
        this.periods = periods;
        this.outbox = outbox;
    }

    /**
     * Records money received and {@link ContributionReceived}; when it pays a pledge at a rate other than the pledge's,
     * also the exchange difference and {@link ExchangeDifferenceRecorded}.
     */
    public ContributionView receive(@Valid @NotNull NewContribution request, @NotNull String recordedBy) {
        if (donors.findByIdOptional(request.donorId()).isEmpty()) {
            throw new InvalidFieldException("donorId", "is not a registered donor");
        }
        EntryAmounts.Valued valued = EntryAmounts.value(request.currency(), request.amount(), request.usdPerUnit());
        LocalDate receivedOn = EntryDates.requireNotFuture("receivedOn", request.receivedOn(), clock);
        Period period = request.period() == null ? null : Period.parse("period", request.period());
        Pledge pledge = request.pledgeId() == null ? null : pledgeToPay(request, valued.currency(), valued.amount());
        if (period == null) {
            if (pledge == null) {
                throw new InvalidFieldException("period", "is required when the contribution pays no pledge");
            }
            period = pledge.period();
        }
        periods.forEntry().requireOpen("receivedOn", receivedOn);
        Contribution entry = new Contribution();
        entry.id = UUID.randomUUID();
        entry.donorId = request.donorId();
        entry.pledgeId = pledge == null ? null : pledge.id;
        entry.receivedOn = receivedOn;
        entry.amount = valued.amount();
        entry.currency = valued.currency().getCurrencyCode();
        entry.usdPerUnit = valued.usdPerUnit();
        entry.amountUsd = valued.amountUsd();
        entry.periodFirstYear = period.firstYear();
        entry.periodLastYear = period.lastYear();
        entry.bankReference = blankToNull(request.bankReference());
        entry.recordedAt = Instant.now();
        entry.recordedBy = recordedBy;
        contributions.persist(entry);
        outbox.record(ContributionReceived.of(entry));
        BigDecimal exchange = null;
        if (pledge != null) {
            Optional<BigDecimal> difference = ExchangeDifferenceRule.toRecord(valued.currency(), entry.amount, pledge.usdPerUnit,
                    entry.usdPerUnit);
            if (difference.isPresent()) {
                exchange = recordDifference(entry, pledge.usdPerUnit, entry.amount, difference.get(), null, entry.id).amountUsd;
            }
        }
        return new ContributionView(entry, exchange, entry.amount);
    }

    /**
     * Reverses a contribution, wholly or in part, with a new negative entry, and records {@link ContributionReversed};
     * the exchange difference recorded with it is reversed in the same proportion. The pledge it paid (first) and the
     * original (then) are locked meanwhile, so that two reversals cannot together take back more than it, and a reversal
     * and the pledge's cancellation take turns. A payment on a cancelled or written-off pledge may be reversed (the money
     * did not arrive): the pledge stays closed and the reversed amount counts as cancelled ({@code PledgeStanding}).
     */
    public ContributionView reverse(@NotNull UUID id, @Valid @NotNull NewContributionReversal request, @NotNull String recordedBy) {
        Contribution unlocked = contributions.findByIdOptional(id).orElseThrow(() -> ResourceNotFoundException.of("contribution", id));
        if (unlocked.pledgeId != null) {
            pledges.findForUpdate(unlocked.pledgeId);
        }
        Contribution original = contributions.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("contribution", id));
        Optional<ExchangeDifference> originalDifference = original.isReversal() ? Optional.empty()
                : exchangeDifferences.findByContribution(id);
        Currency currency = Currency.getInstance(original.currency);
        Original terms = new Original(original.isReversal(), original.amount, currency, original.usdPerUnit, original.amountUsd,
                originalDifference.map(difference -> difference.pledgeUsdPerUnit).orElse(null),
                originalDifference.map(difference -> difference.amountUsd).orElse(null));
        ContributionRepository.Reversed reversed = contributions.reversedSoFar(id);
        AlreadyReversed already = new AlreadyReversed(reversed.amount(), reversed.amountUsd(),
                originalDifference.map(difference -> exchangeDifferences.reversedSoFar(difference.id)).orElse(BigDecimal.ZERO));
        Reversal reversal = ContributionReversalPolicy.reverse(terms, already, request.amount());
        LocalDate reversedOn = request.reversedOn() == null ? EntryDates.today(clock) : request.reversedOn();
        EntryDates.requireNotFuture("reversedOn", reversedOn, clock);
        if (reversedOn.isBefore(original.receivedOn)) {
            throw new InvalidFieldException("reversedOn", "must not be before the date the contribution was received, "
                    + original.receivedOn);
        }
        periods.forEntry().requireOpen("reversedOn", reversedOn);
        Contribution entry = new Contribution();
        entry.id = UUID.randomUUID();
        entry.donorId = original.donorId;
        entry.pledgeId = original.pledgeId;
        entry.receivedOn = reversedOn;
        entry.amount = reversal.amount();
        entry.currency = original.currency;
        entry.usdPerUnit = original.usdPerUnit;
        entry.amountUsd = reversal.amountUsd();
        entry.periodFirstYear = original.periodFirstYear;
        entry.periodLastYear = original.periodLastYear;
        entry.bankReference = blankToNull(request.bankReference());
        entry.reversesId = original.id;
        entry.reason = request.reason().strip();
        entry.recordedAt = Instant.now();
        entry.recordedBy = recordedBy;
        contributions.persist(entry);
        outbox.record(ContributionReversed.of(entry, reversal.completes()));
        BigDecimal exchange = null;
        if (reversal.exchangeDifferenceUsd() != null) {
            ExchangeDifference reversedDifference = originalDifference.orElseThrow();
            exchange = recordDifference(entry, reversedDifference.pledgeUsdPerUnit, reversal.amount(), reversal.exchangeDifferenceUsd(),
                    reversedDifference.id, original.id).amountUsd;
        }
        return new ContributionView(entry, exchange, null);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ContributionView> findById(UUID id) {
        return contributions.findByIdOptional(id).map(entry -> viewsOf(List.of(entry)).get(0));
    }

    /** Entries by date received; every filter is optional. */
    @Transactional(TxType.SUPPORTS)
    public Page<ContributionView> list(ContributionRepository.Filter filter, PageRequest page) {
        Page<Contribution> found = contributions.search(filter, page);
        return found.with(viewsOf(found.items()));
    }

    /** Exchange differences by accounting date; every filter is optional. */
    @Transactional(TxType.SUPPORTS)
    public Page<ExchangeDifference> exchangeDifferences(UUID donorId, UUID pledgeId, DateRange dates, PageRequest page) {
        return exchangeDifferences.search(donorId, pledgeId, dates, page);
    }

    private Pledge pledgeToPay(NewContribution request, Currency currency, BigDecimal amount) {
        Pledge pledge = pledges.findForUpdate(request.pledgeId())
                .orElseThrow(() -> new InvalidFieldException("pledgeId", "is not a recorded pledge"));
        if (!pledge.donorId.equals(request.donorId())) {
            throw new InvalidFieldException("pledgeId", "is a pledge of another donor");
        }
        if (!pledge.currency.equals(currency.getCurrencyCode())) {
            throw new InvalidFieldException("currency", "must be the pledge's currency, " + pledge.currency
                    + "; money received in another currency is recorded without pledgeId");
        }
        PledgeStanding standing = pledgeService.viewOf(pledge).standing();
        if (standing.isCancelled()) {
            throw new ConflictException("Pledge " + pledge.id + " is " + standing.status() + " and can no longer be paid");
        }
        if (amount.compareTo(standing.outstanding()) > 0) {
            throw new ConflictException("The amount exceeds what is outstanding on pledge " + pledge.id + " ("
                    + EntryAmounts.atCurrencyScale(standing.outstanding(), pledge.currency).toPlainString() + " " + pledge.currency
                    + "); record the excess as a separate contribution without pledgeId");
        }
        return pledge;
    }

    private ExchangeDifference recordDifference(Contribution entry, BigDecimal pledgeRate, BigDecimal amountApplied,
            BigDecimal amountUsd, UUID reversesId, UUID receivedContributionId) {
        ExchangeDifference difference = new ExchangeDifference();
        difference.id = UUID.randomUUID();
        difference.contributionId = entry.id;
        difference.pledgeId = entry.pledgeId;
        difference.donorId = entry.donorId;
        difference.reversesId = reversesId;
        difference.recordedOn = entry.receivedOn;
        difference.amountApplied = amountApplied;
        difference.currency = entry.currency;
        difference.pledgeUsdPerUnit = pledgeRate;
        difference.receiptUsdPerUnit = entry.usdPerUnit;
        difference.amountUsd = amountUsd;
        difference.recordedAt = entry.recordedAt;
        exchangeDifferences.persist(difference);
        outbox.record(ExchangeDifferenceRecorded.of(difference, receivedContributionId));
        return difference;
    }

    private List<ContributionView> viewsOf(List<Contribution> entries) {
        List<UUID> ids = entries.stream().map(entry -> entry.id).toList();
        Map<UUID, BigDecimal> differences = exchangeDifferences.amountsOfContributions(ids);
        Map<UUID, BigDecimal> reversed = contributions.reversedAmounts(ids);
        return entries.stream().map(entry -> new ContributionView(entry, differences.get(entry.id),
                entry.isReversal() ? null : entry.amount.subtract(reversed.getOrDefault(entry.id, BigDecimal.ZERO))))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;
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
import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.domain.Pledge;
import org.ohchr.uprfund.contributions.domain.PledgeCancellation;
import org.ohchr.uprfund.contributions.domain.PledgeStanding;
import org.ohchr.uprfund.contributions.domain.PledgeStatus;
import org.ohchr.uprfund.contributions.domain.PledgeView;
import org.ohchr.uprfund.contributions.event.PledgeCancelled;
import org.ohchr.uprfund.contributions.event.PledgeRecorded;
import org.ohchr.uprfund.contributions.mapping.NewPledge;
import org.ohchr.uprfund.contributions.mapping.NewPledgeCancellation;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.contributions.repository.ContributionRepository.Applied;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.contributions.repository.PledgeCancellationRepository;
import org.ohchr.uprfund.contributions.repository.PledgeRepository;
import org.ohchr.uprfund.platform.concurrency.VersionPrecondition;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;

/** Pledges: recorded once, closed by a cancellation or write-off; their status is derived from the rows. */
@ApplicationScoped
@Transactional
public class PledgeService {

    private final PledgeRepository pledges;
    private final PledgeCancellationRepository cancellations;
    private final ContributionRepository contributions;
    private final DonorRepository donors;
    private final AccountingPeriodService periods;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    PledgeService(PledgeRepository pledges, PledgeCancellationRepository cancellations, ContributionRepository contributions,
            DonorRepository donors, AccountingPeriodService periods, EventOutbox outbox) {
        this.pledges = pledges;
        this.cancellations = cancellations;
        this.contributions = contributions;
        this.donors = donors;
        this.periods = periods;
        this.outbox = outbox;
    }

    /** Records a pledge and {@link PledgeRecorded}; its date must be in an open period. */
    public PledgeView record(@Valid @NotNull NewPledge request, @NotNull String recordedBy) {
        if (donors.findByIdOptional(request.donorId()).isEmpty()) {
            throw new InvalidFieldException("donorId", "is not a registered donor");
        }
        EntryAmounts.Valued valued = EntryAmounts.value(request.currency(), request.amount(), request.usdPerUnit());
        LocalDate pledgedOn = EntryDates.requireNotFuture("pledgedOn", request.pledgedOn(), clock);
        Period period = Period.parse("period", request.period());
        if (request.dueOn() != null && request.dueOn().isBefore(pledgedOn)) {
            throw new InvalidFieldException("dueOn", "must not be before the date pledged, " + pledgedOn);
        }
        periods.forEntry().requireOpen("pledgedOn", pledgedOn);
        Pledge pledge = new Pledge();
        pledge.id = UUID.randomUUID();
        pledge.donorId = request.donorId();
        pledge.amount = valued.amount();
        pledge.currency = valued.currency().getCurrencyCode();
        pledge.usdPerUnit = valued.usdPerUnit();
        pledge.amountUsd = valued.amountUsd();
        pledge.pledgedOn = pledgedOn;
        pledge.periodFirstYear = period.firstYear();
        pledge.periodLastYear = period.lastYear();
        pledge.dueOn = request.dueOn();
        pledge.recordedAt = Instant.now();
        pledge.recordedBy = recordedBy;
        pledges.persist(pledge);
        outbox.record(PledgeRecorded.of(pledge));
        return new PledgeView(pledge, PledgeStanding.of(pledge.amount, pledge.usdPerUnit, BigDecimal.ZERO, null), null, 0);
    }

    /**
     * Cancels or writes off what remains unpaid of a pledge, and records {@link PledgeCancelled}. The pledge is locked
     * meanwhile, so that no payment, and no reversal of one, is applied between the check of its version and the
     * cancellation.
     */
    public PledgeView cancel(@NotNull UUID id, @NotNull VersionPrecondition precondition, @Valid @NotNull NewPledgeCancellation request,
            @NotNull String recordedBy) {
        Pledge pledge = pledges.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("pledge", id));
        PledgeView current = viewOf(pledge);
        precondition.requireCurrent(current.version());
        if (current.cancellation() != null) {
            throw new ConflictException("Pledge " + id + " was already " + describe(current.standing().status()) + " on "
                    + current.cancellation().effectiveOn);
        }
        if (current.standing().outstanding().signum() == 0) {
            throw new ConflictException("Pledge " + id + " is paid in full: nothing remains to cancel or write off");
        }
        LocalDate effectiveOn = request.effectiveOn() == null ? EntryDates.today(clock) : request.effectiveOn();
        EntryDates.requireNotFuture("effectiveOn", effectiveOn, clock);
        if (effectiveOn.isBefore(pledge.pledgedOn)) {
            throw new InvalidFieldException("effectiveOn", "must not be before the date pledged, " + pledge.pledgedOn);
        }
        periods.forEntry().requireOpen("effectiveOn", effectiveOn);
        PledgeCancellation cancellation = new PledgeCancellation();
        cancellation.pledgeId = pledge.id;
        cancellation.reason = request.reason();
        cancellation.effectiveOn = effectiveOn;
        cancellation.outstandingAmount = current.standing().outstanding();
        cancellation.outstandingUsd = current.standing().outstandingUsd();
        cancellation.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        cancellation.recordedAt = Instant.now();
        cancellation.recordedBy = recordedBy;
        cancellations.persist(cancellation);
        outbox.record(PledgeCancelled.of(pledge, cancellation));
        return new PledgeView(pledge, PledgeStanding.of(pledge.amount, pledge.usdPerUnit, current.standing().paid(), request.reason()),
                cancellation, current.version() + 1);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<PledgeView> findById(UUID id) {
        return pledges.findByIdOptional(id).map(this::viewOf);
    }

    /** Pledges by date pledged; every filter is optional. */
    @Transactional(TxType.SUPPORTS)
    public Page<PledgeView> list(PledgeRepository.Filter filter, PageRequest page) {
        Page<Pledge> found = pledges.search(filter, page);
        return found.with(viewsOf(found.items()));
    }

    /** The pledges of a donor, each with where it stands. */
    @Transactional(TxType.SUPPORTS)
    public List<PledgeView> ofDonor(UUID donorId) {
        return viewsOf(pledges.listOfDonor(donorId));
    }

    /** Where {@code pledge} stands now. */
    @Transactional(TxType.SUPPORTS)
    public PledgeView viewOf(Pledge pledge) {
        return viewsOf(List.of(pledge)).get(0);
    }

    private List<PledgeView> viewsOf(List<Pledge> list) {
        List<UUID> ids = list.stream().map(pledge -> pledge.id).toList();
        Map<UUID, Applied> applied = contributions.appliedToPledges(ids);
        Map<UUID, PledgeCancellation> cancelled = cancellations.ofPledges(ids);
        return list.stream().map(pledge -> {
            Applied payments = applied.getOrDefault(pledge.id, new Applied(BigDecimal.ZERO, 0));
            PledgeCancellation cancellation = cancelled.get(pledge.id);
            PledgeStanding standing = PledgeStanding.of(pledge.amount, pledge.usdPerUnit, payments.amount(),
                    cancellation == null ? null : cancellation.reason);
            return new PledgeView(pledge, standing, cancellation, payments.entries() + (cancellation == null ? 0 : 1));
        }).toList();
    }

    private static String describe(PledgeStatus status) {
        return status == PledgeStatus.WRITTEN_OFF ? "written off" : "cancelled";
    }
}

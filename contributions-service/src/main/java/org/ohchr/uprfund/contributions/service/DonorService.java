package org.ohchr.uprfund.contributions.service;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.reference.CountryCodes;
import org.ohchr.uprfund.contributions.domain.Donor;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.contributions.event.DonorRegistered;
import org.ohchr.uprfund.contributions.mapping.NewDonor;
import org.ohchr.uprfund.contributions.repository.DonorRepository;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.security.Caller;

@ApplicationScoped
@Transactional
public class DonorService {

    private final DonorRepository donors;
    private final EventOutbox outbox;
    private final Caller caller;

    DonorService(DonorRepository donors, EventOutbox outbox, Caller caller) {
        this.donors = donors;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Registers a donor and records {@link DonorRegistered}; a State already registered, or a same-named donor, is a conflict. */
    public Donor register(@Valid @NotNull NewDonor request) {
        checkIso3(request);
        if (request.iso3() != null && donors.findByIso3(request.iso3()).isPresent()) {
            throw new ConflictException("A donor with ISO code " + request.iso3() + " is already registered");
        }
        String name = request.name().strip();
        if (donors.findByName(name).isPresent()) {
            throw new ConflictException("A donor named '" + name + "' is already registered");
        }
        Donor donor = new Donor();
        donor.id = UUID.randomUUID();
        donor.name = name;
        donor.kind = request.kind();
        donor.iso3 = request.iso3();
        donor.registeredAt = Instant.now();
        donors.persist(donor);
        outbox.record(DonorRegistered.of(donor));
        return donor;
    }

    private static void checkIso3(NewDonor request) {
        boolean isState = request.kind() == DonorKind.STATE;
        if (isState && request.iso3() == null) {
            throw new InvalidFieldException("iso3", "is required for a State");
        }
        if (!isState && request.iso3() != null) {
            throw new InvalidFieldException("iso3", "must be absent for a donor that is not a State");
        }
        if (isState && !CountryCodes.isAlpha3(request.iso3())) {
            throw new InvalidFieldException("iso3", "is not an ISO 3166-1 alpha-3 country code");
        }
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Donor> findById(UUID id) {
        return donors.findByIdOptional(id);
    }

    /**
     * Donors by name; every filter is optional ({@code search}: part of the name, in any case). A caller who may not read
     * private individuals' names finds them neither by searching nor by where they fall in the order.
     */
    @Transactional(TxType.SUPPORTS)
    public Page<Donor> list(DonorKind kind, String iso3, String search, PageRequest page) {
        String iso3Filter = iso3 == null || iso3.isBlank() ? null : iso3.strip().toUpperCase(Locale.ROOT);
        if (iso3Filter != null && !iso3Filter.matches("[A-Z]{3}")) {
            throw new InvalidFieldException("iso3", "must be an ISO 3166-1 alpha-3 code such as NOR");
        }
        return donors.search(kind, iso3Filter, search, caller.isIn(Audience.FUND_MANAGEMENT), page);
    }
}

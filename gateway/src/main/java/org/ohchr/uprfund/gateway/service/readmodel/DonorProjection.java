package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.FundDonor;
import org.ohchr.uprfund.gateway.event.DonorRegistered;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** DonorRegistered adds the donor to the read model. */
@ApplicationScoped
public class DonorProjection implements EventProjection {

    private final FundDonorRepository donors;

    DonorProjection(FundDonorRepository donors) {
        this.donors = donors;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(DonorRegistered.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        DonorRegistered registered = DonorRegistered.from(event);
        FundDonor donor = new FundDonor();
        donor.donorId = registered.donorId();
        donor.name = registered.name();
        donor.kind = registered.kind().name();
        donor.iso3 = registered.iso3();
        donor.registeredAt = registered.registeredAt();
        donors.persist(donor);
    }
}

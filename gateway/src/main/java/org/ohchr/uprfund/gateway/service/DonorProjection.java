package org.ohchr.uprfund.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.FundDonor;
import org.ohchr.uprfund.gateway.event.CloudEventEnvelope;
import org.ohchr.uprfund.gateway.event.DonorRegistered;
import org.ohchr.uprfund.gateway.event.MalformedEventException;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** DonorRegistered adds the donor to the read model. */
@ApplicationScoped
public class DonorProjection implements EventProjection {

    private static final Logger LOG = Logger.getLogger(DonorProjection.class);

    private final FundDonorRepository donors;
    private final ObjectMapper json;

    public DonorProjection(FundDonorRepository donors, ObjectMapper json) {
        this.donors = donors;
        this.json = json;
    }

    @Override
    public String eventType() {
        return DonorRegistered.TYPE;
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        DonorRegistered registered = payload(event);
        if (donors.findByIdOptional(registered.donorId()).isPresent()) {
            LOG.warnf("Event %s registers donor %s, which is registered already; the first registration stands",
                    event.id(), registered.donorId());
            return;
        }
        FundDonor donor = new FundDonor();
        donor.donorId = registered.donorId();
        donor.name = registered.name();
        donor.kind = registered.kind();
        donor.iso3 = registered.iso3();
        donor.registeredAt = registered.registeredAt();
        donors.persist(donor);
    }

    private DonorRegistered payload(CloudEventEnvelope event) {
        DonorRegistered registered;
        try {
            registered = event.data() == null ? null : json.treeToValue(event.data(), DonorRegistered.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("DonorRegistered " + event.id() + " has unreadable data: " + e.getOriginalMessage());
        }
        if (registered == null || registered.donorId() == null || registered.name() == null || registered.kind() == null
                || registered.registeredAt() == null) {
            throw new MalformedEventException("DonorRegistered " + event.id() + " lacks donorId, name, kind or registeredAt");
        }
        return registered;
    }
}

package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Pledge;
import org.ohchr.uprfund.gateway.domain.PledgeCancellation;
import org.ohchr.uprfund.gateway.event.PledgeCancelled;
import org.ohchr.uprfund.gateway.event.PledgeRecorded;
import org.ohchr.uprfund.gateway.repository.PledgeCancellationRepository;
import org.ohchr.uprfund.gateway.repository.PledgeRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** PledgeRecorded and PledgeCancelled: pledges, and what will not be collected on them. */
@ApplicationScoped
public class PledgeProjection implements EventProjection {

    private final PledgeRepository pledges;
    private final PledgeCancellationRepository cancellations;

    PledgeProjection(PledgeRepository pledges, PledgeCancellationRepository cancellations) {
        this.pledges = pledges;
        this.cancellations = cancellations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(PledgeRecorded.TYPE, PledgeCancelled.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        if (event.type().equals(PledgeRecorded.TYPE)) {
            record(PledgeRecorded.from(event));
        } else {
            cancel(PledgeCancelled.from(event));
        }
    }

    private void record(PledgeRecorded recorded) {
        Pledge pledge = new Pledge();
        pledge.pledgeId = recorded.pledgeId();
        pledge.donorId = recorded.donorId();
        pledge.amount = recorded.amount();
        pledge.currency = recorded.currency();
        pledge.usdPerUnit = recorded.usdPerUnit();
        pledge.amountUsd = recorded.amountUsd();
        pledge.pledgedOn = recorded.pledgedOn();
        pledge.period = recorded.period();
        pledge.dueOn = recorded.dueOn();
        pledge.recordedAt = recorded.recordedAt();
        pledges.persist(pledge);
    }

    private void cancel(PledgeCancelled cancelled) {
        PledgeCancellation cancellation = new PledgeCancellation();
        cancellation.pledgeId = cancelled.pledgeId();
        cancellation.donorId = cancelled.donorId();
        cancellation.reason = cancelled.reason().name();
        cancellation.effectiveOn = cancelled.effectiveOn();
        cancellation.outstandingAmount = cancelled.outstandingAmount();
        cancellation.currency = cancelled.currency();
        cancellation.outstandingUsd = cancelled.outstandingUsd();
        cancellation.note = cancelled.note();
        cancellation.recordedAt = cancelled.recordedAt();
        cancellations.persist(cancellation);
    }
}

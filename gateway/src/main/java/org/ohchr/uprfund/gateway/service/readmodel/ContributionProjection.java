package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Contribution;
import org.ohchr.uprfund.gateway.domain.ExchangeDifference;
import org.ohchr.uprfund.gateway.event.ContributionReceived;
import org.ohchr.uprfund.gateway.event.ContributionReversed;
import org.ohchr.uprfund.gateway.event.ExchangeDifferenceRecorded;
import org.ohchr.uprfund.gateway.repository.ContributionRepository;
import org.ohchr.uprfund.gateway.repository.ExchangeDifferenceRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * ContributionReceived, ContributionReversed (a negative entry naming the one it reverses) and
 * ExchangeDifferenceRecorded. Neither the donor nor the pledge need be known yet: they may arrive later, on another
 * partition, and the views join them when they do.
 */
@ApplicationScoped
public class ContributionProjection implements EventProjection {

    private final ContributionRepository contributions;
    private final ExchangeDifferenceRepository differences;

    ContributionProjection(ContributionRepository contributions, ExchangeDifferenceRepository differences) {
        this.contributions = contributions;
        this.differences = differences;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ContributionReceived.TYPE, ContributionReversed.TYPE, ExchangeDifferenceRecorded.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        switch (event.type()) {
            case ContributionReceived.TYPE -> received(ContributionReceived.from(event));
            case ContributionReversed.TYPE -> reversed(ContributionReversed.from(event));
            default -> difference(ExchangeDifferenceRecorded.from(event));
        }
    }

    private void received(ContributionReceived received) {
        Contribution entry = newEntry(received.contributionId());
        entry.donorId = received.donorId();
        entry.pledgeId = received.pledgeId();
        entry.receivedOn = received.receivedOn();
        entry.amount = received.amount();
        entry.currency = received.currency();
        entry.usdPerUnit = received.usdPerUnit();
        entry.amountUsd = received.amountUsd();
        entry.period = received.period();
        entry.bankReference = received.bankReference();
        entry.recordedAt = received.recordedAt();
        contributions.persist(entry);
    }

    private void reversed(ContributionReversed reversed) {
        Contribution entry = newEntry(reversed.contributionId());
        entry.reversesContributionId = reversed.reversedContributionId();
        entry.donorId = reversed.donorId();
        entry.pledgeId = reversed.pledgeId();
        entry.receivedOn = reversed.reversedOn();
        entry.amount = reversed.amount();
        entry.currency = reversed.currency();
        entry.usdPerUnit = reversed.usdPerUnit();
        entry.amountUsd = reversed.amountUsd();
        entry.period = reversed.period();
        entry.bankReference = reversed.bankReference();
        entry.reason = reversed.reason();
        entry.recordedAt = reversed.recordedAt();
        contributions.persist(entry);
    }

    private Contribution newEntry(UUID id) {
        Contribution entry = new Contribution();
        entry.contributionId = id;
        return entry;
    }

    private void difference(ExchangeDifferenceRecorded recorded) {
        ExchangeDifference difference = new ExchangeDifference();
        difference.exchangeDifferenceId = recorded.exchangeDifferenceId();
        difference.reversesExchangeDifferenceId = recorded.reversedExchangeDifferenceId();
        difference.contributionId = recorded.contributionId();
        difference.pledgeId = recorded.pledgeId();
        difference.donorId = recorded.donorId();
        difference.recordedOn = recorded.recordedOn();
        difference.amountApplied = recorded.amountApplied();
        difference.currency = recorded.currency();
        difference.amountUsd = recorded.amountUsd();
        difference.recordedAt = recorded.recordedAt();
        differences.persist(difference);
    }
}

package org.ohchr.uprfund.gateway.service;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.event.CloudEventEnvelope;
import org.ohchr.uprfund.gateway.repository.AppliedEventRepository;
import org.ohchr.uprfund.gateway.repository.SourceFreshnessRepository;

/**
 * Applies each event to the read model exactly once. In one transaction: the event's id is recorded in
 * {@code applied_event}; if it was there already the event is a redelivery and only counted as a duplicate;
 * otherwise the projection for its type updates the read model and the topic's freshness is advanced.
 * Types without a projection are recorded and otherwise ignored, so producers can add event types freely.
 */
@ApplicationScoped
@Transactional
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    public enum Outcome { APPLIED, IGNORED_TYPE, DUPLICATE }

    private final AppliedEventRepository appliedEvents;
    private final SourceFreshnessRepository freshness;
    private final Map<String, EventProjection> projections;

    public EventApplier(AppliedEventRepository appliedEvents, SourceFreshnessRepository freshness,
            Instance<EventProjection> projections) {
        this.appliedEvents = appliedEvents;
        this.freshness = freshness;
        this.projections = projections.stream().collect(Collectors.toMap(EventProjection::eventType, Function.identity()));
    }

    public Outcome apply(String topic, CloudEventEnvelope event) {
        Instant now = Instant.now();
        if (!appliedEvents.claim(event.id(), event.source(), event.type(), topic, now)) {
            freshness.recordDuplicate(topic);
            LOG.debugf("Ignored %s %s from %s: applied before", event.type(), event.id(), topic);
            return Outcome.DUPLICATE;
        }
        EventProjection projection = projections.get(event.type());
        if (projection != null) {
            projection.apply(event);
        }
        freshness.recordApplied(topic, event.id(), event.type(), event.time(), now);
        LOG.debugf("Applied %s %s from %s", event.type(), event.id(), topic);
        return projection == null ? Outcome.IGNORED_TYPE : Outcome.APPLIED;
    }
}

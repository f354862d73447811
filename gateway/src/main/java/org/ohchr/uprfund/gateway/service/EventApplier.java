package org.ohchr.uprfund.gateway.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.domain.EventFailure;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.gateway.event.CloudEventEnvelope;
import org.ohchr.uprfund.gateway.event.EventRejectedException;
import org.ohchr.uprfund.gateway.event.ProducerSchemas;
import org.ohchr.uprfund.gateway.repository.AppliedEventRepository;
import org.ohchr.uprfund.gateway.repository.SourceFreshnessRepository;

/**
 * Applies each event to the read model exactly once, in one transaction: the event's source and id are recorded in
 * {@code applied_event}; if they were there already the event is a redelivery and only counted as a duplicate; otherwise
 * its data is checked against its producer's schema, the projection for its type changes the read model and the topic's
 * freshness is advanced. An event that does not belong on the topic, of a type no projection applies, or that a
 * projection refuses, rolls the transaction back with an {@link EventRejectedException}, and nothing of it stays.
 */
@ApplicationScoped
@Transactional
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    public enum Outcome { APPLIED, DUPLICATE }

    private final AppliedEventRepository appliedEvents;
    private final SourceFreshnessRepository freshness;
    private final ProducerSchemas schemas;
    private final ReadModelSchema readModel;
    private final Map<String, EventProjection> projections = new HashMap<>();

    EventApplier(AppliedEventRepository appliedEvents, SourceFreshnessRepository freshness, ProducerSchemas schemas,
            ReadModelSchema readModel, Instance<EventProjection> projections) {
        this.appliedEvents = appliedEvents;
        this.freshness = freshness;
        this.schemas = schemas;
        this.readModel = readModel;
        projections.forEach(projection -> projection.eventTypes().forEach(type -> {
            if (this.projections.put(type, projection) != null) {
                throw new IllegalStateException("Two projections apply " + type);
            }
        }));
    }

    /**
     * @param schema the rebuild's schema, or null for the live read model
     * @throws EventRejectedException when the event is not applied, and why; nothing of it was written
     */
    public Outcome apply(String schema, FundSource source, CloudEventEnvelope event) {
        readModel.use(schema);
        if (!source.owns(event.source(), event.type())) {
            throw new EventRejectedException(EventFailure.UNKNOWN_TYPE, "an event of source " + event.source() + " and type "
                    + event.type() + " does not belong on " + source.topic() + ", which carries " + source.typePrefix() + "* from "
                    + source.source());
        }
        EventProjection projection = projections.get(event.type());
        if (projection == null) {
            throw new EventRejectedException(EventFailure.UNKNOWN_TYPE, "the gateway applies no events of type " + event.type());
        }
        Instant now = Instant.now();
        if (!appliedEvents.claim(event.source(), event.id(), event.type(), source.topic(), now)) {
            freshness.recordDuplicate(source.topic());
            LOG.debugf("Ignored %s %s from %s: applied before", event.type(), event.id(), source.topic());
            return Outcome.DUPLICATE;
        }
        schemas.check(event);
        projection.apply(event);
        freshness.recordApplied(source.topic(), event.id(), event.type(), event.time(), now);
        LOG.debugf("Applied %s %s from %s", event.type(), event.id(), source.topic());
        return Outcome.APPLIED;
    }

    /**
     * Applies several events in one transaction, each as {@link #apply} would: all of them, or, when one is refused,
     * none (the caller then takes them one by one).
     */
    public List<Outcome> applyAll(String schema, FundSource source, List<CloudEventEnvelope> events) {
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (CloudEventEnvelope event : events) {
            outcomes.add(apply(schema, source, event));
        }
        return outcomes;
    }

    /** True when the gateway has a projection for the type. */
    public boolean applies(String type) {
        return projections.containsKey(type);
    }
}

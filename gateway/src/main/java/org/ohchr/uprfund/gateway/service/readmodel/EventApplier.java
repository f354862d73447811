package org.ohchr.uprfund.gateway.service.readmodel;

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
import org.ohchr.uprfund.gateway.event.EventRejectedException;
import org.ohchr.uprfund.gateway.event.ProducerSchemas;
import org.ohchr.uprfund.gateway.repository.SourceFreshnessRepository;
import org.ohchr.uprfund.platform.inbox.InboxClaims;
import org.ohchr.uprfund.platform.inbox.InboxOutcome;
import org.ohchr.uprfund.platform.inbox.RejectedEventException;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Applies each event to the read model exactly once, in one transaction: the event is claimed in the platform's inbox
 * ({@link InboxClaims}: by its source and id, and by its aggregate's sequence); one claimed before is a redelivery and only
 * counted as a duplicate; otherwise its data is checked against its producer's schema, the projection for its type
 * changes the read model and the topic's freshness is advanced. An event that does not belong on the topic, of a type no
 * projection applies, that a projection refuses, or that leaves a gap in its aggregate's sequence, rolls the transaction
 * back with a {@link RejectedEventException}, and nothing of it stays.
 */
@ApplicationScoped
@Transactional
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    private final InboxClaims claims;
    private final SourceFreshnessRepository freshness;
    private final ProducerSchemas schemas;
    private final ReadModelSchema readModel;
    private final Map<String, EventProjection> projections = new HashMap<>();

    EventApplier(InboxClaims claims, SourceFreshnessRepository freshness, ProducerSchemas schemas,
            ReadModelSchema readModel, Instance<EventProjection> projections) {
        this.claims = claims;
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
     * @throws RejectedEventException when the event is not applied, and why; nothing of it was written
     */
    public InboxOutcome apply(String schema, FundSource source, CloudEventEnvelope event) {
        return applyAll(schema, source, List.of(event)).get(0);
    }

    /**
     * Applies several events of one topic in one transaction, each as {@link #apply} would: all of them, or, when one is
     * refused, none (the caller then takes them one by one). The events are claimed in one statement, and the topic's
     * freshness is advanced once: a batch costs a few round trips to the database, not a few per event.
     */
    public List<InboxOutcome> applyAll(String schema, FundSource source, List<CloudEventEnvelope> events) {
        readModel.use(schema);
        List<EventProjection> projectionsOf = new ArrayList<>(events.size());
        for (CloudEventEnvelope event : events) {
            projectionsOf.add(projectionOf(source, event));
        }
        Instant now = Instant.now();
        List<InboxClaims.Claim> claims = this.claims.claimAll(events, source.topic(), now);
        List<InboxOutcome> outcomes = new ArrayList<>(events.size());
        CloudEventEnvelope last = null;
        int applied = 0;
        for (int i = 0; i < events.size(); i++) {
            CloudEventEnvelope event = events.get(i);
            if (!claims.get(i).applies()) {
                LOG.debugf("Ignored %s %s from %s: applied before", event.type(), event.id(), source.topic());
                outcomes.add(InboxOutcome.DUPLICATE);
                continue;
            }
            schemas.check(event);
            projectionsOf.get(i).apply(event);
            LOG.debugf("Applied %s %s from %s", event.type(), event.id(), source.topic());
            outcomes.add(InboxOutcome.APPLIED);
            last = event;
            applied++;
        }
        freshness.record(source.topic(), applied, events.size() - applied, last, now);
        return outcomes;
    }

    private EventProjection projectionOf(FundSource source, CloudEventEnvelope event) {
        if (!source.owns(event.source(), event.type())) {
            throw new EventRejectedException(EventFailure.UNKNOWN_TYPE, "an event of source " + event.source() + " and type "
                    + event.type() + " does not belong on " + source.topic() + ", which carries " + source.typePrefix() + "* from "
                    + source.source());
        }
        EventProjection projection = projections.get(event.type());
        if (projection == null) {
            throw new EventRejectedException(EventFailure.UNKNOWN_TYPE, "the gateway applies no events of type " + event.type());
        }
        return projection;
    }

    /** True when the gateway has a projection for the type. */
    public boolean applies(String type) {
        return projections.containsKey(type);
    }
}

package org.ohchr.uprfund.gateway.service.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.gateway.domain.EventFailure;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.gateway.domain.ReplaySummary;
import org.ohchr.uprfund.gateway.event.EventRejectedException;
import org.ohchr.uprfund.gateway.repository.DeadLetterRepository;
import org.ohchr.uprfund.gateway.service.readmodel.EventApplier;
import org.ohchr.uprfund.gateway.service.readmodel.FundSources;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.gateway.service.report.ReadModelChanges;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.InboxOutcome;
import org.ohchr.uprfund.platform.inbox.InboxPolicy;
import org.ohchr.uprfund.platform.inbox.RejectedEventException;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The records parked in the dead-letter table, and their replay once the cause is fixed (the gateway taught a new type,
 * the project an update was for has arrived...). A replay applies the record as the consumer would have, exactly once:
 * applied, it is marked APPLIED (or DUPLICATE, if the same event was applied meanwhile); refused again, it stays parked
 * with the new reason, and one more replay counted.
 */
@ApplicationScoped
public class DeadLetterService {

    private final DeadLetterRepository letters;
    private final EventApplier applier;
    private final FundSources sources;
    private final ReadModelChanges changes;
    private final ReadModelSchema readModel;
    private final ObjectMapper json;

    DeadLetterService(DeadLetterRepository letters, EventApplier applier, FundSources sources, ReadModelChanges changes,
            ReadModelSchema readModel, ObjectMapper json) {
        this.readModel = readModel;
        this.letters = letters;
        this.applier = applier;
        this.sources = sources;
        this.changes = changes;
        this.json = json;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<DeadLetter> list(DeadLetter.Status status, String topic, PageRequest page) {
        return letters.search(status, topic, page);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<DeadLetter> find(UUID id) {
        return letters.findByIdOptional(id);
    }

    /** @throws ResourceNotFoundException when no record is parked under this id */
    public DeadLetter replay(UUID id) {
        DeadLetter letter = find(id).orElseThrow(() -> ResourceNotFoundException.of("dead letter", id));
        if (letter.status != DeadLetter.Status.PARKED) {
            return letter;
        }
        Outcome outcome = attempt(null, letter);
        DeadLetter updated = record(null, id, outcome);
        if (outcome.status != DeadLetter.Status.PARKED) {
            changes.announceAll();
        }
        return updated;
    }

    /**
     * Replays every parked record, in the order they sat on their topics.
     *
     * @param schema a rebuild's schema, or null for the live read model
     */
    public ReplaySummary replayAll(String schema) {
        List<DeadLetter> parked = parkedIn(schema);
        int applied = 0;
        int duplicates = 0;
        int stillParked = 0;
        for (DeadLetter letter : parked) {
            Outcome outcome = attempt(schema, letter);
            record(schema, letter.id, outcome);
            switch (outcome.status) {
                case APPLIED -> applied++;
                case DUPLICATE -> duplicates++;
                default -> stillParked++;
            }
        }
        if (schema == null && applied + duplicates > 0) {
            changes.announceAll();
        }
        return new ReplaySummary(parked.size(), applied, duplicates, stillParked);
    }

    @Transactional(TxType.REQUIRES_NEW)
    List<DeadLetter> parkedIn(String schema) {
        readModel.use(schema);
        return letters.parked();
    }

    private Outcome attempt(String schema, DeadLetter letter) {
        Optional<FundSource> source = sources.byTopic(letter.topic);
        if (source.isEmpty()) {
            return new Outcome(DeadLetter.Status.PARKED, EventFailure.UNKNOWN_TYPE, "the gateway no longer consumes " + letter.topic);
        }
        try {
            CloudEventEnvelope event = CloudEventEnvelope.parse(letter.value, json);
            return applier.apply(schema, source.get(), event) == InboxOutcome.APPLIED
                    ? new Outcome(DeadLetter.Status.APPLIED, null, null)
                    : new Outcome(DeadLetter.Status.DUPLICATE, null, null);
        } catch (RejectedEventException e) {
            return new Outcome(DeadLetter.Status.PARKED, EventRejectedException.failure(e), e.getMessage());
        } catch (RuntimeException e) {
            String atFault = InboxPolicy.dataAtFault(e);
            if (atFault == null) {
                throw e;
            }
            return new Outcome(DeadLetter.Status.PARKED, EventFailure.UNAPPLIABLE, atFault);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    DeadLetter record(String schema, UUID id, Outcome outcome) {
        readModel.use(schema);
        DeadLetter letter = letters.findById(id);
        Instant now = Instant.now();
        letter.replays++;
        letter.lastReplayedAt = now;
        letter.status = outcome.status;
        if (outcome.status == DeadLetter.Status.PARKED) {
            letter.failure = outcome.failure;
            letter.reason = outcome.reason;
        } else {
            letter.resolvedAt = now;
        }
        return letter;
    }

    private record Outcome(DeadLetter.Status status, EventFailure failure, String reason) {
    }
}

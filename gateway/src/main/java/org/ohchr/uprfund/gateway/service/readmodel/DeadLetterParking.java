package org.ohchr.uprfund.gateway.service.readmodel;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.gateway.repository.DeadLetterRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;
import org.ohchr.uprfund.platform.inbox.InboxClaims;

/**
 * Writes a parked record in a transaction of its own, once the one that tried to apply it has rolled back; an event
 * that was the next of its aggregate counts as handled there ({@link InboxClaims#parked}), so that the aggregate's later
 * events do not wait for it.
 */
@ApplicationScoped
public class DeadLetterParking {

    private final DeadLetterRepository letters;
    private final ReadModelSchema readModel;
    private final InboxClaims claims;

    DeadLetterParking(DeadLetterRepository letters, ReadModelSchema readModel, InboxClaims claims) {
        this.letters = letters;
        this.readModel = readModel;
        this.claims = claims;
    }

    /**
     * @param schema the rebuild's schema, or null for the live read model
     * @param event the record's event, or null when it could not be read
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean park(String schema, DeadLetter letter, CloudEventEnvelope event) {
        readModel.use(schema);
        boolean parked = letters.park(letter);
        if (parked && event != null) {
            claims.parked(event, letter.parkedAt);
        }
        return parked;
    }
}

package org.ohchr.uprfund.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.gateway.repository.DeadLetterRepository;

/** Writes a parked record in a transaction of its own, once the one that tried to apply it has rolled back. */
@ApplicationScoped
public class DeadLetterParking {

    private final DeadLetterRepository letters;
    private final ReadModelSchema readModel;

    DeadLetterParking(DeadLetterRepository letters, ReadModelSchema readModel) {
        this.letters = letters;
        this.readModel = readModel;
    }

    /** @param schema the rebuild's schema, or null for the live read model */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean park(String schema, DeadLetter letter) {
        readModel.use(schema);
        return letters.park(letter);
    }
}

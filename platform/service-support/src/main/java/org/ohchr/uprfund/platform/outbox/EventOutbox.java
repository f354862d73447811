package org.ohchr.uprfund.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the outbox, inside the transaction that makes the change it describes, and wakes the relay as
 * soon as that transaction commits (a rolled-back change publishes nothing).
 */
@ApplicationScoped
public class EventOutbox {

    /** Marks a transaction whose commit already wakes the relay. */
    private static final Object WAKES_RELAY = new Object();

    private final OutboxEventRepository repository;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    EventOutbox(OutboxEventRepository repository, ObjectMapper objectMapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.repository = repository;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(TxType.MANDATORY)
    public void record(FundEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.eventType = event.eventType();
        row.occurredAt = Instant.now();
        try {
            row.payload = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + row.eventType + " cannot be written as JSON", e);
        }
        repository.persist(row);
        wakeRelayOnCommit();
    }

    private void wakeRelayOnCommit() {
        if (transactions.getResource(WAKES_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKES_RELAY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}

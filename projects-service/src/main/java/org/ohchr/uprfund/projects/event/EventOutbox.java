package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.projects.repository.OutboxEventRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Records an event in the outbox, inside the transaction that makes the change it describes. */
@ApplicationScoped
public class EventOutbox {

    private final OutboxEventRepository repository;
    private final ObjectMapper objectMapper;

    EventOutbox(OutboxEventRepository repository, ObjectMapper objectMapper) {
        this.repository = repository;
        this.objectMapper = objectMapper;
    }

    @Transactional(TxType.MANDATORY)
    public void record(FundEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.eventType = event.getClass().getSimpleName();
        row.occurredAt = Instant.now();
        try {
            row.payload = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + row.eventType + " cannot be written as JSON", e);
        }
        repository.persist(row);
    }
}

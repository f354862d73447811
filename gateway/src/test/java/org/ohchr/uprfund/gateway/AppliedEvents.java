package org.ohchr.uprfund.gateway;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Whether the read model applied an event: its claim in the platform inbox's {@code inbox_event}, read as committed. */
@ApplicationScoped
class AppliedEvents {

    private final EntityManager entityManager;

    AppliedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    boolean contains(String source, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE source = :source AND event_id = :id")
                .setParameter("source", source).setParameter("id", eventId).getSingleResult()).longValue() > 0);
    }
}

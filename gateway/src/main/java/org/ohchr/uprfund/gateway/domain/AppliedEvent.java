package org.ohchr.uprfund.gateway.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An event the read model has applied, remembered by its source and id (a CloudEvent is unique by the two) so that a
 * redelivery is recognised and ignored.
 */
@Entity
@Table(name = "applied_event")
@IdClass(AppliedEvent.Key.class)
public class AppliedEvent {

    @Id
    public String source;

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String topic;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    /** The identity of an applied event: its CloudEvents source and id. */
    public static class Key implements Serializable {

        public String source;
        public UUID eventId;

        public Key() {
        }

        public Key(String source, UUID eventId) {
            this.source = source;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(source, key.source) && Objects.equals(eventId, key.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, eventId);
        }
    }
}

package org.ohchr.uprfund.contributions.domain;

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
 * A ledger confirmed the closing of a year: from {@link #confirmedAt} it refuses entries dated through the year (and so
 * through every year before it). One per year and ledger; never withdrawn, updated or deleted.
 */
@Entity
@Table(name = "accounting_year_confirmation")
@IdClass(LedgerConfirmation.Key.class)
public class LedgerConfirmation {

    @Id
    public int year;

    @Id
    @Column(length = 64)
    public String ledger;

    /** When the ledger confirmed, by its own clock. */
    @Column(name = "confirmed_at", nullable = false, updatable = false)
    public Instant confirmedAt;

    /** When this service recorded it. */
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** The event that carried it; null for this service's own confirmation, made with the request. */
    @Column(name = "event_id", updatable = false)
    public UUID eventId;

    /** The identity of a confirmation: the year and the ledger. */
    public static class Key implements Serializable {

        public int year;
        public String ledger;

        public Key() {
        }

        public Key(int year, String ledger) {
            this.year = year;
            this.ledger = ledger;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.year == year && Objects.equals(key.ledger, ledger);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, ledger);
        }
    }
}

package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recommendation's response and implementation status after one of its events, for figures as of a past date. */
@Entity
@Table(name = "fund_recommendation_state")
public class RecommendationState {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** The order it was applied in, given by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(nullable = false)
    public String response;

    @Column(name = "implementation_status", nullable = false)
    public String implementationStatus;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}

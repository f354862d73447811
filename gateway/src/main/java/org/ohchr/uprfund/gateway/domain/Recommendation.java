package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A UPR (or treaty body, special procedure) recommendation as it now is: recorded, revised, its response and
 * implementation status changed, SDG links accepted. Its history of response and status is kept apart
 * ({@link RecommendationState}).
 */
@Entity
@Table(name = "fund_recommendation")
public class Recommendation {

    @Id
    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Column(name = "state_under_review", nullable = false)
    public String stateUnderReview;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommending_states", nullable = false)
    public String[] recommendingStates;

    @Column(nullable = false)
    public String mechanism;

    public Integer cycle;

    public String session;

    @Column(name = "document_symbol", nullable = false)
    public String documentSymbol;

    @Column(nullable = false)
    public String paragraph;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String response;

    @Column(name = "action_category")
    public Integer actionCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] themes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "affected_persons", nullable = false)
    public String[] affectedPersons;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_goals", nullable = false)
    public Integer[] sdgGoals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets", nullable = false)
    public String[] sdgTargets;

    @Column(name = "implementation_status", nullable = false)
    public String implementationStatus;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** When the newest event applied to it happened, per its producer: shown, never compared. */
    @Column(name = "last_event_time", nullable = false)
    public Instant lastEventTime;

    /**
     * The aggregate sequence of the newest event applied to it: an event with a higher one is newer, so an older event
     * replayed later does not undo a newer state; null while only events without one were applied (their order is the
     * order applied).
     */
    @Column(name = "last_sequence")
    public Long lastSequence;
}

package org.ohchr.uprfund.recommendations.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An editor's decision on an SDG target suggested for a recommendation. */
@Entity
@Table(name = "sdg_suggestion_decision")
@IdClass(SdgDecision.Key.class)
public class SdgDecision {

    public enum Decision {
        ACCEPTED, REJECTED
    }

    @Id
    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Id
    @Column(name = "sdg_target", length = 5)
    public String sdgTarget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Decision decision;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 200)
    public String decidedBy;

    public static SdgDecision of(UUID recommendationId, String sdgTarget, Decision decision, String decidedBy, Instant decidedAt) {
        SdgDecision row = new SdgDecision();
        row.recommendationId = recommendationId;
        row.sdgTarget = sdgTarget;
        row.decide(decision, decidedBy, decidedAt);
        return row;
    }

    /** Records the editor's (new) decision. (Through this method, so that Hibernate sees the change of a row it manages.) */
    public void decide(Decision decision, String decidedBy, Instant decidedAt) {
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** The composite identifier. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID recommendationId;
        public String sdgTarget;

        public Key() {
        }

        public Key(UUID recommendationId, String sdgTarget) {
            this.recommendationId = recommendationId;
            this.sdgTarget = sdgTarget;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.recommendationId.equals(recommendationId) && key.sdgTarget.equals(sdgTarget);
        }

        @Override
        public int hashCode() {
            return recommendationId.hashCode() * 31 + sdgTarget.hashCode();
        }
    }
}

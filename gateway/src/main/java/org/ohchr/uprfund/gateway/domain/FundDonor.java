package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ohchr.uprfund.platform.classification.DonorName;

/** A donor as the read model knows it, from its DonorRegistered event. */
@Entity
@Table(name = "fund_donor")
public class FundDonor {

    /** Kind of a donor that is a State; the others are organisations and private donors. */
    public static final String STATE = "STATE";

    @Id
    @Column(name = "donor_id")
    public UUID donorId;

    @Column(nullable = false)
    public String name;

    /** STATE, ORGANISATION or PRIVATE; kept as text so that a kind added later by the producer is still recorded. */
    @Column(nullable = false)
    public String kind;

    /** ISO 3166-1 alpha-3 code of a State donor; null for the others. */
    public String iso3;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** Its name as reads show it: a private individual's only to the roles that may read it (docs/DATA-CLASSIFICATION.md). */
    public DonorName shownName() {
        return DonorName.of(name, kind);
    }
}

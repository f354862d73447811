package org.ohchr.uprfund.contributions.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Money received from a donor, as received, with its US dollar value at the rate of receipt; or, when
 * {@link #reversesId} is set, a negative entry correcting an earlier one, at that one's rate. Entries are never updated
 * or deleted.
 */
@Entity
@Table(name = "contribution")
public class Contribution extends DonorEntry {

    /** The pledge this entry pays (or, for a reversal, un-pays); null for money received without a pledge. */
    @Column(name = "pledge_id")
    public UUID pledgeId;

    /** Date received; for a reversal, the date of the correction. */
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "bank_reference", length = 100)
    public String bankReference;

    /** Set on a reversal: the entry it corrects. */
    @Column(name = "reverses_id")
    public UUID reversesId;

    /** Why a reversal was made. */
    @Column(length = 500)
    public String reason;

    public boolean isReversal() {
        return reversesId != null;
    }
}

package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ohchr.uprfund.platform.ledger.MoneyEntry;

/**
 * Money received from a donor (ContributionReceived), or the negative entry that reverses some of it
 * (ContributionReversed, which names the reversed contribution).
 */
@Entity
@Table(name = "fund_contribution")
public class Contribution extends MoneyEntry {

    @Id
    @Column(name = "contribution_id")
    public UUID contributionId;

    /** The contribution this entry reverses; null for money received. */
    @Column(name = "reverses_contribution_id")
    public UUID reversesContributionId;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    @Column(name = "pledge_id")
    public UUID pledgeId;

    /** The accounting date: when received, or when reversed. */
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** The period it counts for in Table 2: a year (2020) or a biennium (2016-2017). */
    @Column(nullable = false)
    public String period;

    @Column(name = "bank_reference")
    public String bankReference;

    /** Why a reversal was made; null for money received. */
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

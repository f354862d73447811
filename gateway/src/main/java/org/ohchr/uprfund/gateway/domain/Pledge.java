package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ohchr.uprfund.platform.ledger.MoneyEntry;

/** A donor's pledge, from PledgeRecorded. */
@Entity
@Table(name = "fund_pledge")
public class Pledge extends MoneyEntry {

    @Id
    @Column(name = "pledge_id")
    public UUID pledgeId;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    @Column(name = "pledged_on", nullable = false)
    public LocalDate pledgedOn;

    /** A year (2020) or a biennium (2016-2017). */
    @Column(nullable = false)
    public String period;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

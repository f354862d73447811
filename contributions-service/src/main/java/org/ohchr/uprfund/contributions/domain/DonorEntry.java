package org.ohchr.uprfund.contributions.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.ohchr.uprfund.platform.ledger.MoneyEntry;

/**
 * What a pledge and a contribution both are: a donor's amount, in its currency and in US dollars, for the period it
 * counts for in Table 2 of the report, and who recorded it when.
 */
@MappedSuperclass
public abstract class DonorEntry extends MoneyEntry {

    @Id
    public UUID id;

    @Column(name = "donor_id", nullable = false)
    public UUID donorId;

    @Column(name = "period_first_year", nullable = false)
    public int periodFirstYear;

    @Column(name = "period_last_year", nullable = false)
    public int periodLastYear;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Who recorded it: the {@code upn} of the token. */
    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    public Period period() {
        return new Period(periodFirstYear, periodLastYear);
    }
}

package org.ohchr.uprfund.contributions.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A donor's promise to pay an amount, in its currency, for a period, valued in US dollars at the rate of the date
 * pledged. Never updated: what has been paid, and a cancellation or write-off, are recorded as their own rows, from
 * which the pledge's status is derived.
 */
@Entity
@Table(name = "pledge")
public class Pledge extends DonorEntry {

    @Column(name = "pledged_on", nullable = false)
    public LocalDate pledgedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;
}

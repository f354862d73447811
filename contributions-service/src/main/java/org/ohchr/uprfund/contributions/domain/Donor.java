package org.ohchr.uprfund.contributions.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A State or another body that pledges and pays money into the fund. */
@Entity
@Table(name = "donor")
public class Donor {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DonorKind kind;

    /** ISO 3166-1 alpha-3 code; set for States only. */
    @Column(length = 3)
    public String iso3;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public long version;
}

package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A results indicator of a progress update: what is measured, in what unit, from where, towards what, and how far. */
@Embeddable
public class Indicator {

    @Column(nullable = false, length = 300)
    public String name;

    @Column(nullable = false, length = 100)
    public String unit;

    /** Values keep the decimals they were reported with; each may be unknown (null). */
    @Column(columnDefinition = "numeric")
    public BigDecimal baseline;

    @Column(columnDefinition = "numeric")
    public BigDecimal target;

    @Column(columnDefinition = "numeric")
    public BigDecimal actual;

    public Indicator() {
    }

    public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.actual = actual;
    }
}

package org.ohchr.uprfund.projects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The answer to one of the questions (a) to (d) a proposal is judged by, with the notes that justify it. */
@Embeddable
public class Criterion {

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public AssessmentAnswer answer;

    @Column(length = 2000)
    public String notes;

    public Criterion() {
    }

    public Criterion(AssessmentAnswer answer, String notes) {
        this.answer = answer;
        this.notes = notes;
    }
}

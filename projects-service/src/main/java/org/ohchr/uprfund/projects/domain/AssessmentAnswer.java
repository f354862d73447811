package org.ohchr.uprfund.projects.domain;

/** The answer a proposal's assessment gives to one of the questions (a) to (d). */
public enum AssessmentAnswer {
    YES,
    PARTLY,
    NO
}

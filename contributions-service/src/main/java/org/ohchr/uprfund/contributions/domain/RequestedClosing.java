package org.ohchr.uprfund.contributions.domain;

/**
 * A closing asked for.
 *
 * @param isNew false when it was asked for again while the year was closing (the request was published again)
 */
public record RequestedClosing(AccountingYearClosing closing, boolean isNew) {
}

package org.ohchr.uprfund.contributions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A ledger's confirmation of a year's closing, as its event states it.
 *
 * @param eventId the id of the event that carried it
 * @param ledger the ledger that confirmed, one of {@link FundLedgers#ALL}
 * @param confirmedAt when the ledger confirmed, by its own clock
 */
public record YearClosingConfirmed(UUID eventId, int year, LocalDate closedThrough, String ledger, Instant confirmedAt) {
}

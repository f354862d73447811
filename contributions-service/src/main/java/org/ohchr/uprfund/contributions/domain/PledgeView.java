package org.ohchr.uprfund.contributions.domain;

/**
 * A pledge with where it stands, read from its rows.
 *
 * @param cancellation its cancellation or write-off, or null
 * @param version the number of facts recorded against the pledge (payments, reversals, cancellation): its ETag, which
 *        changes whenever its status or outstanding amount may have changed, without the pledge row ever being updated
 */
public record PledgeView(Pledge pledge, PledgeStanding standing, PledgeCancellation cancellation, long version) {
}

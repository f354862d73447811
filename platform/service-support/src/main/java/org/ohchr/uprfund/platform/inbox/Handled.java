package org.ohchr.uprfund.platform.inbox;

import java.util.List;

/**
 * What became of the records of one partition given to a {@link RecordHandler}, in order: the outcome of each record
 * handled, and, when a record could not be handled yet, why it waits; the records from it on are given again later.
 *
 * @param results one for each record handled, the first {@code results.size()} of those given
 * @param waiting why the next record waits, or null when every record was handled
 */
public record Handled(List<Result> results, Waiting waiting) {

    /** What became of one record, and the type of its event when it was applied. */
    public record Result(InboxOutcome outcome, String appliedType) {

        public static final Result DUPLICATE = new Result(InboxOutcome.DUPLICATE, null);
        public static final Result PARKED = new Result(InboxOutcome.PARKED, null);

        public static Result applied(String type) {
            return new Result(InboxOutcome.APPLIED, type);
        }
    }

    /**
     * Why a record was neither applied nor parked.
     *
     * @param awaitsEarlierEvents true when it may be only early (an unknown aggregate, a sequence gap): it is parked once
     *        the producer's earlier events have all been handled; false when the failure is of the moment
     * @param reason what failed, for the log, readiness and metrics
     * @param gap true when it is a sequence gap
     */
    public record Waiting(boolean awaitsEarlierEvents, String reason, boolean gap) {
    }
}

package org.ohchr.uprfund.platform.inbox;

import java.util.List;

/** What a {@link TopicConsumer} does with the records it polls: the consuming service's {@link EventInbox}, as a rule. */
@FunctionalInterface
public interface RecordHandler {

    /**
     * Handles records of one partition, in their order, each applied or parked in a transaction that has committed when
     * this returns, up to the first record that must wait.
     *
     * @param settledOffset the offset of a record that waits for the producer's earlier events and whose wait is over
     *        (they have all been handled): if it still cannot be applied, it is parked; -1 when there is none
     */
    Handled handle(List<InboxRecord> records, long settledOffset);
}

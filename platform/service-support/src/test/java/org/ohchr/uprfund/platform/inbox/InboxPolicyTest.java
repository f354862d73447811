package org.ohchr.uprfund.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.inbox.InboxPolicy.Verdict;
import org.ohchr.uprfund.platform.inbox.RejectedEventException.Rejection;

class InboxPolicyTest {

    @Test
    void failuresOfTheMomentWaitForAsLongAsTheyLast() {
        for (String state : new String[] { "08006", "08001", "40001", "40P01", "55P03", "57P01", "57014", "53300" }) {
            assertThat(InboxPolicy.judge(wrapped(new SQLException("failed", state)))).as(state).isEqualTo(Verdict.WAIT);
        }
        // Agroal's pool, exhausted.
        assertThat(InboxPolicy.judge(wrapped(new SQLException("Sorry, acquisition timeout!")))).isEqualTo(Verdict.WAIT);
        assertThat(InboxPolicy.judge(wrapped(new SQLTransientConnectionException("gone")))).isEqualTo(Verdict.WAIT);
    }

    @Test
    void aFailureThePolicyDoesNotKnowWaitsToo() {
        assertThat(InboxPolicy.judge(new IllegalStateException("something else"))).isEqualTo(Verdict.WAIT);
    }

    @Test
    void aRecordAtFaultIsParked() {
        assertThat(InboxPolicy.judge(RejectedEventException.malformed("not JSON"))).isEqualTo(Verdict.PARK);
        assertThat(InboxPolicy.judge(new RejectedEventException(Rejection.SCHEMA, "data.amountUsd"))).isEqualTo(Verdict.PARK);
        assertThat(InboxPolicy.judge(wrapped(new SQLException("duplicate key", "23505")))).isEqualTo(Verdict.PARK);
        assertThat(InboxPolicy.dataAtFault(wrapped(new SQLException("duplicate key", "23505")))).contains("recorded by another event");
        assertThat(InboxPolicy.judge(wrapped(new SQLException("value too long", "22001")))).isEqualTo(Verdict.PARK);
    }

    @Test
    void anUnknownAggregateOrAGapWaitsForTheProducersEarlierEvents() {
        assertThat(InboxPolicy.judge(RejectedEventException.unknownAggregate("project unknown"))).isEqualTo(Verdict.AWAIT_EARLIER_EVENTS);
        assertThat(InboxPolicy.judge(new SequenceGapException("/s", "a", 2, 4))).isEqualTo(Verdict.AWAIT_EARLIER_EVENTS);
    }

    @Test
    void thePauseDoublesUpToTheLongest() {
        InboxPolicy policy = new InboxPolicy(Duration.ofMillis(500), Duration.ofSeconds(30));
        assertThat(policy.pause(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.pause(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.pause(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.pause(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.pause(10_000)).isEqualTo(Duration.ofSeconds(30));
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("the transaction failed", new IllegalStateException("applying", cause));
    }
}

package org.ohchr.uprfund.platform.inbox;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The one retry policy of the suite's consumers: what a failure to apply a record means for it.
 * <ul>
 * <li>{@link Verdict#PARK}: the record itself is at fault, and trying again cannot help: it is not a CloudEvent, it
 * breaks its producer's schema, its type is not applied here, its entry is recorded already under another event
 * (SQLSTATE 23505), or its data cannot be stored (SQLSTATE classes 22 and 23). It is parked at once, with why, and the
 * records after it go on.</li>
 * <li>{@link Verdict#AWAIT_EARLIER_EVENTS}: the record names an aggregate the consumer does not know, or its sequence
 * leaves a gap. It may be only early: it waits, holding its partition, until the producer's earlier events have all
 * been handled ({@link TopicConsumer} decides when), and only then is parked.</li>
 * <li>{@link Verdict#WAIT}: anything else, above all the moment's failures: the connection lost or refused (SQLSTATE
 * class 08, 57P01-57P03 when the database shuts down or the backend is terminated), the pool exhausted (an acquisition
 * timeout), a serialization failure (40001), a deadlock (40P01), a lock or statement timeout (55P03, 57014), too many
 * connections (53300). The record is tried again with a growing pause ({@link #pause}) for as long as the failure
 * lasts, and no later record of its partition is applied meanwhile. A failure the policy does not know is treated
 * alike: a record is never parked unless it is known to be at fault, so money is never parked by an outage.</li>
 * </ul>
 */
public final class InboxPolicy {

    /** What to do with a record that failed. */
    public enum Verdict { PARK, AWAIT_EARLIER_EVENTS, WAIT }

    /** SQLSTATEs of the moment: the transaction may succeed if tried again. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014", "57P01", "57P02", "57P03", "53300",
            "53400");

    private final Duration firstPause;
    private final Duration longestPause;

    /**
     * @param firstPause the pause after a record's first failure, doubled after each further one
     * @param longestPause the pause is never longer
     */
    public InboxPolicy(Duration firstPause, Duration longestPause) {
        this.firstPause = firstPause;
        this.longestPause = longestPause.compareTo(firstPause) < 0 ? firstPause : longestPause;
    }

    /** What a failure to apply a record means for it. */
    public static Verdict judge(Throwable failure) {
        if (failure instanceof RejectedEventException rejected) {
            return rejected.awaitsEarlierEvents() ? Verdict.AWAIT_EARLIER_EVENTS : Verdict.PARK;
        }
        if (isTransient(failure)) {
            return Verdict.WAIT;
        }
        return dataAtFault(failure) != null ? Verdict.PARK : Verdict.WAIT;
    }

    /**
     * Why the record's data cannot be stored, when a failure says so (SQLSTATE class 22, data exception, or 23, integrity
     * constraint violation); null otherwise.
     */
    public static String dataAtFault(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String state = sqlState(cause);
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                if ("23505".equals(state)) {
                    return "the consumer holds this event's entry already, recorded by another event (unique constraint "
                            + constraintName(cause) + ")";
                }
                return "its data cannot be stored (SQLSTATE " + state + "): " + describe(cause);
            }
        }
        return null;
    }

    /** True when a failure is of the moment: the connection, the pool, a serialization failure, a lock. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException || cause instanceof SocketException
                    || cause instanceof EOFException) {
                return true;
            }
            String state = sqlState(cause);
            if (state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state))) {
                return true;
            }
            String name = cause.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("LockAcquisitionException")
                    || name.endsWith("PessimisticLockException") || name.endsWith("LockTimeoutException")
                    || name.endsWith("QueryTimeoutException") || name.endsWith("TransactionTimedOutException")) {
                return true;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            // Agroal's pool, exhausted: "Sorry, acquisition timeout!", an SQLException without a state.
            if (message.contains("acquisition timeout") || message.contains("connection has been closed")
                    || message.contains("this connection has been closed")) {
                return true;
            }
        }
        return false;
    }

    /** The pause before a record is tried again after its {@code failures}-th failure in a row (1 for the first). */
    public Duration pause(int failures) {
        Duration pause = firstPause;
        for (int i = 1; i < failures && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    /** The root cause's message, at most 1,000 characters. */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) + "..." : message;
    }

    private static String sqlState(Throwable cause) {
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
            return violation.getSQLState();
        }
        if (cause instanceof org.hibernate.JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return cause instanceof SQLException sql ? sql.getSQLState() : null;
    }

    private static String constraintName(Throwable cause) {
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation && violation.getConstraintName() != null) {
            return violation.getConstraintName();
        }
        if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                && psql.getServerErrorMessage().getConstraint() != null) {
            return psql.getServerErrorMessage().getConstraint();
        }
        return "unnamed";
    }
}

package org.ohchr.uprfund.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Tells a unique violation (a client asking for something that already exists: 409) and a database out of reach (stopped,
 * restarting, refusing connections: 503, try again later) from every other refusal of the database (a check, a foreign
 * key, the append-only triggers: a server error, since the service should have refused the request first).
 */
@ApplicationScoped
public class DatabaseProblems {

    /** SQLSTATE unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class 08, connection exception: the connection could not be made or was lost. */
    static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down), too_many_connections. */
    static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** What the 503 tells the client: the API documents describe every write's 503 with it. */
    public static final String UNAVAILABLE_DETAIL = "The service's database cannot be reached just now; send the request again in"
            + " a few seconds, with the same Idempotency-Key: it is recorded at most once";

    private final Instance<UniqueConstraintMessages> messages;

    DatabaseProblems(Instance<UniqueConstraintMessages> messages) {
        this.messages = messages;
    }

    /** The 409 for a unique violation somewhere in {@code failure}'s causes; empty for any other failure. */
    public Optional<Problem> alreadyExists(Throwable failure, String instance) {
        ConstraintViolationException violation = causeOfType(failure, ConstraintViolationException.class);
        if (violation == null || !UNIQUE_VIOLATION.equals(violation.getSQLState())) {
            return Optional.empty();
        }
        String constraint = violation.getConstraintName();
        String detail = messages.stream()
                .map(described -> constraint == null ? Optional.<String>empty() : described.describe(constraint))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse("A record with the same identifying values already exists");
        return Optional.of(Problem.of(ProblemType.ALREADY_EXISTS, detail, instance));
    }

    /**
     * The 503 when {@code failure} comes from the database being out of reach: no connection could be made or had within
     * the pool's acquisition timeout, or the one in use was cut (also during the commit, where the cause is a suppressed
     * exception of the transaction manager's). Whether a cut commit was recorded is not known here: the client sends the
     * request again with the same {@code Idempotency-Key}, which records it at most once. Empty for any other failure.
     */
    public Optional<Problem> unavailable(Throwable failure, String instance) {
        if (!outOfReach(failure, 0)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE, UNAVAILABLE_DETAIL, instance));
    }

    /** Looks through the causes and the suppressed exceptions, a few levels deep. */
    private static boolean outOfReach(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException || failure instanceof ConnectException
                || failure instanceof SQLException sql && isUnavailable(sql)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (outOfReach(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && outOfReach(failure.getCause(), depth + 1);
    }

    private static boolean isUnavailable(SQLException failure) {
        String state = failure.getSQLState();
        if (state != null) {
            return state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE_STATES.contains(state);
        }
        // The connection pool's own refusal carries no SQLSTATE, only its message.
        String message = failure.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}

package org.ohchr.uprfund.platform.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Tells a unique violation (a client asking for something that already exists: 409) from every other refusal of the
 * database (a check, a foreign key, the append-only triggers: a server error, since the service should have refused the
 * request first).
 */
@ApplicationScoped
public class DatabaseProblems {

    /** SQLSTATE unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

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

    static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}

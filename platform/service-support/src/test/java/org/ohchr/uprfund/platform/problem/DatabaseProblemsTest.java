package org.ohchr.uprfund.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseProblemsTest {

    private final DatabaseProblems problems = new DatabaseProblems(null);

    @Test
    void aRefusedConnectionIsA503TheClientMayRetry() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        PersistenceException failure = new PersistenceException(new JDBCConnectionException("could not open connection", refused));

        Problem problem = problems.unavailable(failure, "/api/pledges").orElseThrow();

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE.uri());
        assertThat(problem.instance()).isEqualTo("/api/pledges");
        assertThat(problem.detail()).contains("Idempotency-Key").doesNotContain("5432").doesNotContain("PSQL")
                .doesNotContain("Connection to");
    }

    @Test
    void aConnectionCutByAServerShuttingDownOrStartingIsA503() {
        assertThat(problems.unavailable(new SQLException("terminating connection due to administrator command", "57P01"), "/x"))
                .isPresent();
        assertThat(problems.unavailable(new SQLException("the database system is starting up", "57P03"), "/x")).isPresent();
        assertThat(problems.unavailable(new SQLException("An I/O error occurred while sending to the backend",
                PSQLState.CONNECTION_FAILURE.getState()), "/x")).isPresent();
    }

    @Test
    void aCommitCutByTheServerIsA503ThoughTheTransactionManagerOnlySuppressesItsCause() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        Exception commit = new IllegalStateException("Could not commit transaction");
        Exception xa = new Exception("Error trying to transactionCommit local transaction", terminated);
        commit.addSuppressed(xa);

        assertThat(problems.unavailable(new RuntimeException("Error invoking subclass method", commit), "/api/income")).isPresent();
        assertThat(problems.unavailable(new RuntimeException("Error invoking subclass method",
                new IllegalStateException("Could not commit transaction")), "/api/income")).isEmpty();
    }

    @Test
    void aPoolThatGaveNoConnectionInTimeIsA503() {
        assertThat(problems.unavailable(new SQLException("Acquisition timeout while waiting for new connection"), "/x")).isPresent();
    }

    @Test
    void everyOtherRefusalOfTheDatabaseIsNot() {
        SQLException check = new SQLException("new row violates check constraint", "23514");
        SQLException unique = new SQLException("duplicate key value violates unique constraint", DatabaseProblems.UNIQUE_VIOLATION);

        assertThat(problems.unavailable(new ConstraintViolationException("check", check, "amount_positive"), "/x")).isEmpty();
        assertThat(problems.unavailable(new ConstraintViolationException("unique", unique, "donor_name"), "/x")).isEmpty();
        assertThat(problems.unavailable(new SQLException("no state"), "/x")).isEmpty();
        assertThat(problems.unavailable(new IllegalStateException("a defect"), "/x")).isEmpty();
    }
}

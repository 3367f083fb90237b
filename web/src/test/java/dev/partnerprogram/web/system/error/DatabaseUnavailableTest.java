package dev.partnerprogram.web.system.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void aPoolTimeoutAtTheStartOfATransactionIsUnavailable() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 1500ms");
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager", pool))).isTrue();
    }

    @Test
    void aLostConnectionInsideTheEngineIsUnavailable() {
        var io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var engine = new ProcessEngineException("Could not complete the task", new PersistenceException("### Error updating database", io));
        assertThat(DatabaseUnavailable.causedBy(engine)).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedIsUnavailable() {
        var closed = new SQLException("Connection is closed");
        var rollback = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection", closed));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void aServerShuttingDownIsUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void theUserLookupOfBasicAuthenticationIsUnavailableWhenItsDatabaseIs() {
        var lookup = new InternalAuthenticationServiceException("Could not load the user",
                new CannotCreateTransactionException("Could not open JPA EntityManager"));
        assertThat(DatabaseUnavailable.causedBy(lookup)).isTrue();
    }

    @Test
    void constraintViolationsAndOtherErrorsAreNot() {
        var unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate", unique))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("Unknown property used in expression"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException())).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransactionException("Transaction not successfully started"))).isFalse();
    }
}

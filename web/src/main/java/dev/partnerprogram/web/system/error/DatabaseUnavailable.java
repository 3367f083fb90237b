package dev.partnerprogram.web.system.error;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached from every other failure, through whatever wraps it (Spring's transaction
 * manager, Hibernate, Camunda's MyBatis layer, Spring Security's user lookup). Such a request was not carried out and may
 * simply be sent again, so it is answered 503 with {@code Retry-After} instead of 500.
 */
public final class DatabaseUnavailable {
    /** SQLSTATE class 08 is "connection exception"; 57P01–57P03 are PostgreSQL's shutdown and "cannot connect now". */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String POSTGRES_SHUTDOWN_PREFIX = "57P0";
    private static final int MAX_DEPTH = 20;

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            // The pool closes a connection that broke mid-transaction; the rollback on it then fails with a plain
            // SQLException (no SQLSTATE) wrapped by Hibernate, and the original connection error is lost.
            if (t instanceof TransactionException && t.getCause() instanceof SQLException sql
                    && (sql.getSQLState() == null || sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS) || sql.getSQLState().startsWith(POSTGRES_SHUTDOWN_PREFIX))) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }

    public static void setRetryAfter(HttpServletResponse response, Duration retryAfter) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}

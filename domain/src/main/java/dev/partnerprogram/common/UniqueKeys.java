package dev.partnerprogram.common;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The database's unique keys as the last word on "only one of these": a check before an insert cannot see what a
 * concurrent transaction is inserting at the same moment, the key can. This tells a row refused by a unique key (SQLSTATE
 * 23505, in PostgreSQL and H2 alike) from every other failure, through whatever wraps it (Spring, Hibernate).
 */
public final class UniqueKeys {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_DEPTH = 20;

    private UniqueKeys() {}

    /** The name of the unique key (lower case) that refused a row, if that is what the failure was. */
    public static Optional<String> violated(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof ConstraintViolationException c && UNIQUE_VIOLATION.equals(c.getSQLState())) {
                return Optional.ofNullable(c.getConstraintName()).map(name -> name.toLowerCase(Locale.ROOT));
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of("");
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return Optional.empty();
    }

    /**
     * Runs a write (which must reach the database: an identity insert or a flush) that the unique key {@code constraint}
     * may refuse because a concurrent request wrote the same key first; that refusal is the rule's own conflict, with
     * the values the request named. The transaction is then spoilt and rolls back with the conflict.
     */
    public static <T> T refusing(String constraint, Supplier<ConflictException> conflict, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (violated(e).filter(constraint::equals).isPresent()) {
                ConflictException refusal = conflict.get();
                refusal.initCause(e);
                throw refusal;
            }
            throw e;
        }
    }
}
